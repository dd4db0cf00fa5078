package io.github.schema2jpa.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** The schemas checked into the repository's {@code schemas/} folder, and the golden sources of each. */
final class RepositorySchemas {

    private RepositorySchemas() {
    }

    static Path repository() {
        return Path.of(System.getProperty("schema2jpa.repository", "..")).normalize();
    }

    static Path goldenRoot() {
        return Path.of(System.getProperty("schema2jpa.golden", "src/test/golden"));
    }

    /** Every {@code .yaml} file under {@code schemas/}, sorted. */
    static List<Path> all() {
        try (Stream<Path> files = Files.walk(repository().resolve("schemas"))) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The golden sources: one source root, {@code src/test/golden}, where each schema's classes live in the package
     * that schema names, so no two schemas share a package.
     */
    static Path golden() {
        return goldenRoot();
    }
}
