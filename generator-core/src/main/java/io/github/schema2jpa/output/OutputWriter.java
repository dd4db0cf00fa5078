package io.github.schema2jpa.output;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Severity;
import io.github.schema2jpa.emit.GeneratedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Writes generated files incrementally: a file whose content is unchanged is not touched (its modification time
 * stays, so incremental compilation stays incremental), files the generator wrote before and no longer produces
 * are removed, and files it did not write are never touched.
 *
 * <p>A run either writes everything or nothing: every file is first written into one folder the writer owns,
 * {@value #STAGING_DIRECTORY} in the output directory, and moved into place only once all of them are written; that
 * folder is removed at the end, and at the start of the next run if a run was killed.
 *
 * <p>A file is removed only when the manifest lists it, it is a regular file below the output directory with no
 * symbolic link on its path, and it still starts with the header the generator writes; any other is kept, with a
 * warning.
 *
 * <p>Files the user owns ({@link GeneratedFile.Owner#USER}) go to the folder of hand-written sources, and are
 * created only when they do not exist; they are never rewritten, removed or listed in the manifest.
 */
public final class OutputWriter {

    /** The folder, in the output directory, where a run writes its files before moving them into place. */
    public static final String STAGING_DIRECTORY = ".schema2jpa-tmp";
    /** The longest file or folder name most file systems accept, in bytes of UTF-8. */
    static final int MAX_NAME_BYTES = 255;

    private final Path outputDirectory;
    private final Path userDirectory;
    private final Manifest manifest;
    private final Optional<String> owner;

    public OutputWriter(Path outputDirectory) {
        this(outputDirectory, outputDirectory, Optional.empty());
    }

    public OutputWriter(Path outputDirectory, Path userDirectory) {
        this(outputDirectory, userDirectory, Optional.empty());
    }

    /**
     * @param outputDirectory the root of the generated sources
     * @param userDirectory the root of the hand-written sources, where files the user owns are created once
     * @param owner who writes into the output directory, such as a build's execution; another owner's output
     *     directory is refused, so that two writers never remove each other's files
     */
    public OutputWriter(Path outputDirectory, Path userDirectory, Optional<String> owner) {
        this.outputDirectory = outputDirectory;
        this.userDirectory = userDirectory;
        this.manifest = new Manifest(outputDirectory);
        this.owner = owner;
    }

    /** What {@link #write} would do, without touching anything. */
    public WriteReport plan(List<GeneratedFile> files) throws IOException {
        return compare(files).report();
    }

    public WriteReport write(List<GeneratedFile> files) throws IOException {
        Comparison comparison = compare(files);
        Map<Path, String> targets = new LinkedHashMap<>();
        for (GeneratedFile file : owned(files, GeneratedFile.Owner.GENERATOR)) {
            if (comparison.changed().contains(file.path())) {
                targets.put(outputDirectory.resolve(file.path()), file.content());
            }
        }
        for (GeneratedFile file : owned(files, GeneratedFile.Owner.USER)) {
            if (comparison.created().contains(file.path())) {
                targets.put(userDirectory.resolve(file.path()), file.content());
            }
        }
        String manifestContent = Manifest.content(comparison.produced(), owner);
        if (!manifest.holds(manifestContent)) {
            targets.put(manifest.file(), manifestContent);
        }
        for (Path target : targets.keySet()) {
            checkWritable(target.getParent());
        }
        Path staging = outputDirectory.resolve(STAGING_DIRECTORY);
        if (targets.isEmpty() && comparison.stale().isEmpty()) {
            deleteRecursively(staging); // left by a run that was killed; nothing else to do
            return comparison.report();
        }
        Optional<Path> firstCreated = firstMissing(outputDirectory);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            deleteRecursively(staging); // left by a run that was killed
            Files.createDirectories(staging);
            for (Map.Entry<Path, String> target : targets.entrySet()) {
                Path file = staging.resolve(staged.size() + ".tmp");
                Files.writeString(file, target.getValue(), StandardCharsets.UTF_8);
                staged.put(file, target.getKey());
            }
        } catch (IOException | RuntimeException e) {
            deleteRecursively(staging);
            firstCreated.ifPresent(OutputWriter::deleteEmptyFolders);
            throw e;
        }
        try {
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.createDirectories(move.getValue().getParent());
                moveIntoPlace(move.getKey(), move.getValue());
            }
            for (Path stale : comparison.stale()) {
                Path target = outputDirectory.resolve(stale);
                Files.deleteIfExists(target);
                deleteEmptyParents(target.getParent());
            }
        } finally {
            deleteRecursively(staging);
        }
        return comparison.report();
    }

    private record Comparison(
            List<Path> changed,
            List<Path> unchanged,
            List<Path> stale,
            List<Path> created,
            List<Path> userFiles,
            List<Path> extra,
            boolean manifestUpToDate,
            List<Diagnostic> warnings,
            Set<String> produced) {

        WriteReport report() {
            return new WriteReport(changed, unchanged, stale, created, userFiles, extra, manifestUpToDate, warnings);
        }
    }

    private static List<GeneratedFile> owned(List<GeneratedFile> files, GeneratedFile.Owner owner) {
        return files.stream().filter(file -> file.owner() == owner).toList();
    }

    private Comparison compare(List<GeneratedFile> files) throws IOException {
        for (GeneratedFile file : files) {
            checkNameLengths(file.path());
        }
        Manifest.Contents previousManifest = manifest.read();
        checkOwner(previousManifest);
        Set<String> previous = previousManifest.paths().keySet();
        List<Diagnostic> warnings = new ArrayList<>(previousManifest.warnings());
        List<Path> created = new ArrayList<>();
        List<Path> userFiles = new ArrayList<>();
        Set<Path> userTargets = new HashSet<>();
        for (GeneratedFile file : owned(files, GeneratedFile.Owner.USER)) {
            Path target = userDirectory.resolve(file.path());
            userFiles.add(file.path());
            userTargets.add(absolute(target));
            // a file this generator wrote before (the table was not customizable then) is still its own to replace
            boolean generatedBefore = previous.contains(slashed(file.path()))
                    && absolute(target).equals(absolute(outputDirectory.resolve(file.path())));
            if (!Files.exists(target) || generatedBefore) {
                created.add(file.path());
            }
        }
        Map<String, GeneratedFile> produced = new LinkedHashMap<>();
        owned(files, GeneratedFile.Owner.GENERATOR).forEach(file -> produced.put(slashed(file.path()), file));
        List<Path> changed = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (GeneratedFile file : produced.values()) {
            Path target = outputDirectory.resolve(file.path());
            if (Files.isRegularFile(target) && !previous.contains(slashed(file.path())) && !writtenByGenerator(target)) {
                throw new IOException(slashed(file.path()) + " is in the way: it was not written by schema2jpa (a"
                        + " class that was yours to edit, while its table was customizable?); move your code out of it"
                        + " or delete it, and run again");
            }
            boolean same = Files.isRegularFile(target)
                    && Arrays.equals(Files.readAllBytes(target), file.content().getBytes(StandardCharsets.UTF_8));
            (same ? unchanged : changed).add(file.path());
        }
        List<Path> stale = new ArrayList<>();
        for (Map.Entry<String, Integer> entry : previousManifest.paths().entrySet()) {
            String path = entry.getKey();
            Path target = outputDirectory.resolve(path);
            if (produced.containsKey(path) || userTargets.contains(absolute(target))
                    || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<String> keep = whyNotRemovable(path);
            if (keep.isPresent()) {
                warnings.add(new Diagnostic(manifest.location(entry.getValue()), Severity.WARNING, path
                        + " is no longer generated but is kept: " + keep.get() + "; delete it yourself if you do not"
                        + " need it", Optional.empty()));
            } else {
                stale.add(Path.of(path));
            }
        }
        Set<String> removed = stale.stream().map(OutputWriter::slashed).collect(Collectors.toSet());
        List<Path> extra = extraFiles(produced.keySet(), removed, userTargets);
        boolean manifestUpToDate = previousManifest.exists() && previous.equals(produced.keySet());
        return new Comparison(changed, unchanged, stale, created, userFiles, extra, manifestUpToDate, warnings,
                produced.keySet());
    }

    /** Another owner's output directory is refused: each would remove the other's files on every run. */
    private void checkOwner(Manifest.Contents previous) throws IOException {
        if (owner.isPresent() && previous.owner().isPresent() && !previous.owner().equals(owner)) {
            throw new IOException(outputDirectory + " holds the files of " + previous.owner().get() + ", and "
                    + owner.get() + " would remove them: give each its own output directory (or delete "
                    + manifest.file() + " if " + previous.owner().get() + " is gone)");
        }
    }

    /** Why a file the manifest lists may not be removed, or empty when it may. */
    private Optional<String> whyNotRemovable(String relative) throws IOException {
        Path current = outputDirectory;
        for (String part : relative.split("/")) {
            current = current.resolve(part);
            if (Files.isSymbolicLink(current)) {
                return Optional.of("its path goes through the symbolic link " + current);
            }
        }
        if (!Files.isRegularFile(current, LinkOption.NOFOLLOW_LINKS)) {
            return Optional.of("it is not a regular file");
        }
        if (!writtenByGenerator(current)) {
            return Optional.of("it does not start with the line schema2jpa writes first, so it holds someone's work");
        }
        return Optional.empty();
    }

    /**
     * Files in the folders the generated files go to that generation neither writes nor removes (a class someone
     * added, a temporary file a killed run left), and the staging folder if a run left it.
     */
    private List<Path> extraFiles(Set<String> produced, Set<String> removed, Set<Path> userTargets) throws IOException {
        Set<String> folders = new TreeSet<>();
        for (String path : produced) {
            int slash = path.lastIndexOf('/');
            folders.add(slash < 0 ? "" : path.substring(0, slash));
        }
        List<Path> extra = new ArrayList<>();
        if (Files.exists(outputDirectory.resolve(STAGING_DIRECTORY), LinkOption.NOFOLLOW_LINKS)) {
            extra.add(Path.of(STAGING_DIRECTORY));
        }
        for (String folder : folders) {
            Path directory = folder.isEmpty() ? outputDirectory : outputDirectory.resolve(folder);
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path entry : entries.sorted().toList()) {
                    String relative = slashed(outputDirectory.relativize(entry));
                    boolean ours = produced.contains(relative) || removed.contains(relative)
                            || userTargets.contains(absolute(entry)) || relative.equals(Manifest.FILE_NAME)
                            || relative.equals(STAGING_DIRECTORY);
                    if (!ours && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        extra.add(Path.of(relative));
                    }
                }
            }
        }
        return extra;
    }

    /** A file name longer than file systems accept is refused before anything is written. */
    private static void checkNameLengths(Path relative) throws IOException {
        for (Path part : relative) {
            int bytes = part.toString().getBytes(StandardCharsets.UTF_8).length;
            if (bytes > MAX_NAME_BYTES) {
                throw new IOException("cannot write " + slashed(relative) + ": the name '" + part + "' is " + bytes
                        + " bytes long, and file systems accept at most " + MAX_NAME_BYTES
                        + "; give the table a shorter entity name (or the package shorter parts)");
            }
        }
    }

    /**
     * Checks, before anything is written, that {@code directory} is a folder that can be written, or can be created
     * where the nearest existing folder above it can be written.
     */
    private static void checkWritable(Path directory) throws IOException {
        Path existing = absolute(directory);
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            throw new IOException("cannot write to " + directory + ": no folder above it exists");
        }
        if (!Files.isDirectory(existing)) {
            throw new FileSystemException(existing.toString(), null, "a file, not a folder");
        }
        if (!Files.isWritable(existing)) {
            throw new IOException("cannot write to " + directory + ": " + existing + " is not writable");
        }
    }

    /** The outermost folder of {@code directory} that does not exist yet, if any: what a run would create. */
    private static Optional<Path> firstMissing(Path directory) {
        Path missing = null;
        for (Path current = absolute(directory); current != null && !Files.exists(current);
                current = current.getParent()) {
            missing = current;
        }
        return Optional.ofNullable(missing);
    }

    private static void moveIntoPlace(Path staged, Path target) throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // another file system than the output directory's (the folder of hand-written sources, perhaps)
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Whether a file starts with the header every generated file has. */
    private static boolean writtenByGenerator(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith(GeneratedFile.GENERATED_HEADER);
        } catch (MalformedInputException e) {
            return false;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
            Files.delete(directory);
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** Removes {@code top} and the folders below it, as long as they hold nothing but folders. */
    private static void deleteEmptyFolders(Path top) {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path); // fails, and stops, at the first folder that holds something
            }
        } catch (IOException e) {
            // something else is in there now: it stays
        }
    }

    /** Removes directories that removing a stale file left empty, up to (not including) the output directory. */
    private void deleteEmptyParents(Path directory) throws IOException {
        Path root = absolute(outputDirectory);
        Path current = directory == null ? null : absolute(directory);
        while (current != null && current.startsWith(root) && !current.equals(root)) {
            try (var entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    private static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
