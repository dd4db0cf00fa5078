package io.github.schema2jpa.maven;

import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.output.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The digest of the last successful run of one execution, kept in {@code <directory>/<execution-id>.digest} with
 * the files that run produced. A run is up to date when its digest is the recorded one and every file recorded is
 * still in the output directory. The record is removed before a generation starts and written again only after it
 * succeeds, so a failed or interrupted run is never taken for an up-to-date one.
 */
final class DigestStore {

    private static final String DIGEST_PREFIX = "sha256=";
    private static final String USER_FILE_PREFIX = "user:";

    private final Path file;

    DigestStore(Path directory, String executionId) {
        this.file = directory.resolve(executionId.replaceAll("[^A-Za-z0-9._-]", "_") + ".digest");
    }

    Path file() {
        return file;
    }

    /**
     * Whether the last successful run had this digest and everything it produced is still there: the generated
     * files below {@code outputDirectory}, and the user's classes below {@code userDirectory}.
     */
    boolean isUpToDate(InputDigest digest, Path outputDirectory, Path userDirectory) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isDirectory(outputDirectory)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(DIGEST_PREFIX + digest.value())) {
            return false;
        }
        return lines.stream().skip(1).allMatch(line -> line.startsWith(USER_FILE_PREFIX)
                ? Files.isRegularFile(userDirectory.resolve(line.substring(USER_FILE_PREFIX.length())))
                : Files.isRegularFile(outputDirectory.resolve(line)));
    }

    void invalidate() throws IOException {
        Files.deleteIfExists(file);
    }

    /**
     * Records a successful run: its digest, the files it produced (written or already up to date), and the user's
     * classes it needs.
     */
    void record(InputDigest digest, GenerationResult result) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(DIGEST_PREFIX + digest.value());
        Stream.concat(result.written().stream(), result.unchanged().stream())
                .map(path -> path.toString().replace('\\', '/'))
                .sorted()
                .forEach(lines::add);
        result.userFiles().stream()
                .map(path -> USER_FILE_PREFIX + path.toString().replace('\\', '/'))
                .sorted()
                .forEach(lines::add);
        AtomicFiles.write(file, String.join("\n", lines) + "\n");
    }
}
