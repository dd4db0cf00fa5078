package io.github.schema2jpa.maven;

import io.github.schema2jpa.GenerationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
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

    private final Path file;

    DigestStore(Path directory, String executionId) {
        this.file = directory.resolve(executionId.replaceAll("[^A-Za-z0-9._-]", "_") + ".digest");
    }

    Path file() {
        return file;
    }

    boolean isUpToDate(InputDigest digest, Path outputDirectory) throws IOException {
        if (!Files.isRegularFile(file) || !Files.isDirectory(outputDirectory)) {
            return false;
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty() || !lines.get(0).equals(DIGEST_PREFIX + digest.value())) {
            return false;
        }
        return lines.stream().skip(1).allMatch(generated -> Files.isRegularFile(outputDirectory.resolve(generated)));
    }

    void invalidate() throws IOException {
        Files.deleteIfExists(file);
    }

    /** Records a successful run: its digest and the files it produced (written or already up to date). */
    void record(InputDigest digest, GenerationResult result) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(DIGEST_PREFIX + digest.value());
        Stream.concat(result.written().stream(), result.unchanged().stream())
                .map(path -> path.toString().replace('\\', '/'))
                .sorted()
                .forEach(lines::add);
        Files.createDirectories(file.getParent());
        Path temporary = Files.createTempFile(file.getParent(), file.getFileName().toString(), ".tmp");
        try {
            Files.write(temporary, lines, StandardCharsets.UTF_8);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(temporary);
        }
    }
}
