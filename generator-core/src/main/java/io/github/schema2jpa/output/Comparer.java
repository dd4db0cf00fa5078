package io.github.schema2jpa.output;

import static io.github.schema2jpa.output.Folders.absolute;
import static io.github.schema2jpa.output.Folders.slashed;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Compares the generated files with an output directory: the work of {@link Comparison#of}. */
final class Comparer {

    private final List<GeneratedFile> files;
    private final Path outputDirectory;
    private final Path userDirectory;
    private final Manifest manifest;
    private final Optional<String> owner;
    private final List<Path> created = new ArrayList<>();
    private final List<Path> userFiles = new ArrayList<>();
    private final Set<Path> userTargets = new HashSet<>();
    private final Map<String, String> produced = new LinkedHashMap<>();

    Comparer(List<GeneratedFile> files, Path outputDirectory, Path userDirectory, Manifest manifest,
            Optional<String> owner) {
        this.files = files;
        this.outputDirectory = outputDirectory;
        this.userDirectory = userDirectory;
        this.manifest = manifest;
        this.owner = owner;
    }

    Comparison compare() throws IOException {
        for (GeneratedFile file : files) {
            Folders.checkNameLengths(file.path());
        }
        Manifest.Contents previous = manifest.read();
        checkOwner(previous);
        List<Diagnostic> warnings = new ArrayList<>(previous.warnings());
        compareUserFiles(previous.paths().keySet());
        Comparison.owned(files, GeneratedFile.Owner.GENERATOR).forEach(file -> produced.put(slashed(file.path()), file.content()));
        List<Path> changed = new ArrayList<>();
        List<Path> unchanged = new ArrayList<>();
        for (GeneratedFile file : Comparison.owned(files, GeneratedFile.Owner.GENERATOR)) {
            (holds(file, previous.paths().containsKey(slashed(file.path()))) ? unchanged : changed).add(file.path());
        }
        List<Path> stale = stale(previous, warnings);
        Set<String> removed = stale.stream().map(Folders::slashed).collect(Collectors.toSet());
        return new Comparison(changed, unchanged, stale, created, userFiles, extra(removed),
                previous.exists() && previous.paths().equals(Manifest.entries(produced, previous.paths())),
                warnings, Manifest.content(produced, owner));
    }

    /** Another owner's output directory is refused: each would remove the other's files on every run. */
    private void checkOwner(Manifest.Contents previous) throws IOException {
        if (owner.isPresent() && previous.owner().isPresent() && !previous.owner().equals(owner)) {
            throw new IOException(outputDirectory + " holds the files of " + previous.owner().get() + ", and "
                    + owner.get() + " would remove them: give each its own output directory (or delete "
                    + manifest.file() + " if " + previous.owner().get() + " is gone)");
        }
    }

    private void compareUserFiles(Set<String> previous) {
        for (GeneratedFile file : Comparison.owned(files, GeneratedFile.Owner.USER)) {
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
    }

    /**
     * Whether the output directory already holds the generated file. A different file there that the manifest
     * does not list is someone else's, and in the way.
     */
    private boolean holds(GeneratedFile file, boolean listed) throws IOException {
        Path target = outputDirectory.resolve(file.path());
        boolean same = Files.isRegularFile(target)
                && Arrays.equals(Files.readAllBytes(target), file.content().getBytes(StandardCharsets.UTF_8));
        if (Files.isRegularFile(target) && !listed && !same) {
            throw new IOException(slashed(file.path()) + " is in the way: it was not written by schema2jpa (a"
                    + " class that was yours to edit, while its table was customizable?); move your code out of it"
                    + " or delete it, and run again");
        }
        return same;
    }

    /** The files of the manifest no longer generated that may be removed; a warning for each that may not. */
    private List<Path> stale(Manifest.Contents previous, List<Diagnostic> warnings) throws IOException {
        List<Path> stale = new ArrayList<>();
        for (Map.Entry<String, Manifest.Entry> entry : previous.paths().entrySet()) {
            String path = entry.getKey();
            Path target = outputDirectory.resolve(path);
            if (produced.containsKey(path) || userTargets.contains(absolute(target))
                    || !Files.exists(target, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            Optional<String> keep = whyNotRemovable(path, entry.getValue());
            if (keep.isPresent()) {
                warnings.add(new Diagnostic(manifest.location(entry.getValue().line()), Severity.WARNING, path
                        + " is no longer generated but is kept: " + keep.get() + "; delete it yourself if you do"
                        + " not need it", Optional.empty()));
            } else {
                stale.add(Path.of(path));
            }
        }
        return stale;
    }

    /** Why a file the manifest lists may not be removed, or empty when it may. */
    private Optional<String> whyNotRemovable(String relative, Manifest.Entry entry) throws IOException {
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
        return Manifest.whyChanged(current, entry);
    }

    /**
     * Files in the folders the generated files go to that generation neither writes nor removes (a class someone
     * added, a temporary file a killed run left), and the staging folder if a run left it.
     */
    private List<Path> extra(Set<String> removed) throws IOException {
        Set<String> folders = new TreeSet<>();
        for (String path : produced.keySet()) {
            int slash = path.lastIndexOf('/');
            folders.add(slash < 0 ? "" : path.substring(0, slash));
        }
        List<Path> extra = new ArrayList<>();
        if (Files.exists(outputDirectory.resolve(OutputWriter.STAGING_DIRECTORY), LinkOption.NOFOLLOW_LINKS)) {
            extra.add(Path.of(OutputWriter.STAGING_DIRECTORY));
        }
        for (String folder : folders) {
            Path directory = folder.isEmpty() ? outputDirectory : outputDirectory.resolve(folder);
            if (!Files.isDirectory(directory, LinkOption.NOFOLLOW_LINKS)) {
                continue;
            }
            try (Stream<Path> entries = Files.list(directory)) {
                for (Path entry : entries.sorted().toList()) {
                    String relative = slashed(outputDirectory.relativize(entry));
                    boolean ours = produced.containsKey(relative) || removed.contains(relative)
                            || userTargets.contains(absolute(entry)) || relative.equals(Manifest.FILE_NAME)
                            || relative.equals(OutputWriter.STAGING_DIRECTORY);
                    if (!ours && !Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
                        extra.add(Path.of(relative));
                    }
                }
            }
        }
        return extra;
    }
}
