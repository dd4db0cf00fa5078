package io.github.schema2jpa.output;

import io.github.schema2jpa.emit.GeneratedFile;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes generated files incrementally: a file whose content is unchanged is not touched (its modification time
 * stays, so incremental compilation stays incremental), files the generator wrote before and no longer produces
 * are removed, and files it did not write are never touched. Each file is written to a temporary file and moved
 * into place, so a reader never sees half a file.
 *
 * <p>Files the user owns ({@link GeneratedFile.Owner#USER}) go to the folder of hand-written sources, and are
 * created only when they do not exist; they are never rewritten, removed or listed in the manifest.
 */
public final class OutputWriter {

    private final Path outputDirectory;
    private final Path userDirectory;
    private final Manifest manifest;

    public OutputWriter(Path outputDirectory) {
        this(outputDirectory, outputDirectory);
    }

    /**
     * @param outputDirectory the root of the generated sources
     * @param userDirectory the root of the hand-written sources, where files the user owns are created once
     */
    public OutputWriter(Path outputDirectory, Path userDirectory) {
        this.outputDirectory = outputDirectory;
        this.userDirectory = userDirectory;
        this.manifest = new Manifest(outputDirectory);
    }

    /** What {@link #write} would do, without touching anything. */
    public WriteReport plan(List<GeneratedFile> files) throws IOException {
        return compare(files).report();
    }

    public WriteReport write(List<GeneratedFile> files) throws IOException {
        List<GeneratedFile> generated = owned(files, GeneratedFile.Owner.GENERATOR);
        Comparison comparison = compare(files);
        Files.createDirectories(outputDirectory);
        for (GeneratedFile file : generated) {
            if (comparison.changed().contains(file.path())) {
                writeAtomically(outputDirectory.resolve(file.path()), file.content());
            }
        }
        for (Path stale : comparison.stale()) {
            Path target = outputDirectory.resolve(stale);
            Files.deleteIfExists(target);
            deleteEmptyParents(target.getParent());
        }
        for (GeneratedFile file : owned(files, GeneratedFile.Owner.USER)) {
            if (comparison.created().contains(file.path())) {
                writeAtomically(userDirectory.resolve(file.path()), file.content());
            }
        }
        manifest.write(generated.stream().map(file -> slashed(file.path())).collect(java.util.stream.Collectors.toSet()));
        return comparison.report();
    }

    private record Comparison(
            List<Path> changed, List<Path> unchanged, List<Path> stale, List<Path> created, List<Path> userFiles) {

        WriteReport report() {
            return new WriteReport(changed, unchanged, stale, created, userFiles);
        }
    }

    private static List<GeneratedFile> owned(List<GeneratedFile> files, GeneratedFile.Owner owner) {
        return files.stream().filter(file -> file.owner() == owner).toList();
    }

    private Comparison compare(List<GeneratedFile> files) throws IOException {
        Set<String> previous = manifest.read();
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
        for (String path : previous) {
            Path target = outputDirectory.resolve(path);
            if (!produced.containsKey(path) && Files.exists(target)
                    && !userTargets.contains(absolute(target))) {
                stale.add(Path.of(path));
            }
        }
        return new Comparison(changed, unchanged, stale, created, userFiles);
    }

    private static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** Whether a file starts with the header every generated file has. */
    private static boolean writtenByGenerator(Path file) throws IOException {
        try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String first = reader.readLine();
            return first != null && first.startsWith(GeneratedFile.GENERATED_HEADER);
        } catch (java.nio.charset.MalformedInputException e) {
            return false;
        }
    }

    private static void writeAtomically(Path target, String content) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = Files.createTempFile(target.getParent(), target.getFileName().toString(), ".tmp");
        try {
            Files.writeString(temporary, content, StandardCharsets.UTF_8);
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }

    /** Removes directories that removing a stale file left empty, up to (not including) the output directory. */
    private void deleteEmptyParents(Path directory) throws IOException {
        Path root = outputDirectory.toAbsolutePath().normalize();
        Path current = directory == null ? null : directory.toAbsolutePath().normalize();
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
