package io.github.schema2jpa.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;

/** The file-system steps of writing an output directory: checks before anything is written, and cleaning up. */
final class Folders {

    /** The longest file or folder name most file systems accept, in bytes of UTF-8. */
    static final int MAX_NAME_BYTES = 255;

    private Folders() {
    }

    /** A file name longer than file systems accept is refused before anything is written. */
    static void checkNameLengths(Path relative) throws IOException {
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
    static void checkWritable(Path directory) throws IOException {
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
    static Optional<Path> firstMissing(Path directory) {
        Path missing = null;
        for (Path current = absolute(directory); current != null && !Files.exists(current);
                current = current.getParent()) {
            missing = current;
        }
        return Optional.ofNullable(missing);
    }

    static void deleteRecursively(Path directory) throws IOException {
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
    static void deleteEmptyFolders(Path top) {
        try (Stream<Path> paths = Files.walk(top)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path); // fails, and stops, at the first folder that holds something
            }
        } catch (IOException e) {
            // something else is in there now: it stays
        }
    }

    /** Removes folders that removing a file left empty, up to (not including) {@code root}. */
    static void deleteEmptyParents(Path directory, Path root) throws IOException {
        Path top = absolute(root);
        Path current = directory == null ? null : absolute(directory);
        while (current != null && current.startsWith(top) && !current.equals(top)) {
            try (Stream<Path> entries = Files.list(current)) {
                if (entries.findAny().isPresent()) {
                    return;
                }
            }
            Files.delete(current);
            current = current.getParent();
        }
    }

    static Path absolute(Path path) {
        return path.toAbsolutePath().normalize();
    }

    /** A relative path with {@code /} separators, as the manifest and reports write it. */
    static String slashed(Path path) {
        return path.toString().replace('\\', '/');
    }
}
