package io.github.schema2jpa.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes generated files incrementally: a file whose content is unchanged is not touched (its modification time
 * stays, so incremental compilation stays incremental), files the generator wrote before and no longer produces
 * are removed, and files it did not write are never touched. What a file holds is the target's concern; the writer
 * knows its files by the manifest it keeps beside them.
 *
 * <p>A run either writes everything or nothing: every file is first written into one folder the writer owns,
 * {@value #STAGING_DIRECTORY} in the output directory, and moved into place only once all of them are written; that
 * folder is removed at the end, and at the start of the next run if a run was killed.
 *
 * <p>A file is removed only when the manifest lists it, it is a regular file below the output directory with no
 * symbolic link on its path, and it still holds what the manifest says was written; any other is kept, with a
 * warning. A file the manifest does not list is never overwritten, unless it already holds what would be written.
 *
 * <p>Files the user owns ({@link GeneratedFile.Owner#USER}) go to the folder of hand-written sources, and are
 * created only when they do not exist; they are never rewritten, removed or listed in the manifest.
 */
public final class OutputWriter {

    /** The folder, in the output directory, where a run writes its files before moving them into place. */
    public static final String STAGING_DIRECTORY = ".schema2jpa-tmp";
    /** The name of the manifest, in the output directory: the files the generator wrote there. */
    public static final String MANIFEST = Manifest.FILE_NAME;

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
     * @param outputDirectory the root of the generated files
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
        Map<Path, String> targets = targets(files, comparison);
        for (Path target : targets.keySet()) {
            Folders.checkWritable(target.getParent());
        }
        Path staging = outputDirectory.resolve(STAGING_DIRECTORY);
        if (targets.isEmpty() && comparison.stale().isEmpty()) {
            Folders.deleteRecursively(staging); // left by a run that was killed; nothing else to do
            return comparison.report();
        }
        Map<Path, Path> staged = stage(targets, staging);
        try {
            for (Map.Entry<Path, Path> move : staged.entrySet()) {
                Files.createDirectories(move.getValue().getParent());
                AtomicFiles.moveIntoPlace(move.getKey(), move.getValue());
            }
            for (Path stale : comparison.stale()) {
                Path target = outputDirectory.resolve(stale);
                Files.deleteIfExists(target);
                Folders.deleteEmptyParents(target.getParent(), outputDirectory);
            }
        } finally {
            Folders.deleteRecursively(staging);
        }
        return comparison.report();
    }

    private Comparison compare(List<GeneratedFile> files) throws IOException {
        return Comparison.of(files, outputDirectory, userDirectory, manifest, owner);
    }

    /** Where each file to write goes, with its content: changed generated files, new user files, the manifest. */
    private Map<Path, String> targets(List<GeneratedFile> files, Comparison comparison) throws IOException {
        Map<Path, String> targets = new LinkedHashMap<>();
        for (GeneratedFile file : Comparison.owned(files, GeneratedFile.Owner.GENERATOR)) {
            if (comparison.changed().contains(file.path())) {
                targets.put(outputDirectory.resolve(file.path()), file.content());
            }
        }
        for (GeneratedFile file : Comparison.owned(files, GeneratedFile.Owner.USER)) {
            if (comparison.created().contains(file.path())) {
                targets.put(userDirectory.resolve(file.path()), file.content());
            }
        }
        if (!manifest.holds(comparison.manifestContent())) {
            targets.put(manifest.file(), comparison.manifestContent());
        }
        return targets;
    }

    /**
     * Writes every file into the staging folder; the staged file of each target. When one cannot be written,
     * nothing stays: neither the staging folder nor a folder it created.
     */
    private Map<Path, Path> stage(Map<Path, String> targets, Path staging) throws IOException {
        Optional<Path> firstCreated = Folders.firstMissing(outputDirectory);
        Map<Path, Path> staged = new LinkedHashMap<>();
        try {
            Folders.deleteRecursively(staging); // left by a run that was killed
            Files.createDirectories(staging);
            for (Map.Entry<Path, String> target : targets.entrySet()) {
                Path file = staging.resolve(staged.size() + ".tmp");
                Files.writeString(file, target.getValue(), StandardCharsets.UTF_8);
                staged.put(file, target.getKey());
            }
        } catch (IOException | RuntimeException e) {
            Folders.deleteRecursively(staging);
            firstCreated.ifPresent(Folders::deleteEmptyFolders);
            throw e;
        }
        return staged;
    }
}
