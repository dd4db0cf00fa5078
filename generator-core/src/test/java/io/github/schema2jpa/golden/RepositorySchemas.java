package io.github.schema2jpa.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The schemas the generator's output is tested on: those checked into the repository's {@code schemas/} folder, and
 * the valid test schemas of {@code src/test/resources/valid}. The build generates the entities of all of them into
 * one test source root before the tests compile ({@code src/test/build/GenerateTestSources.java}); the golden
 * sources are the reviewed snapshot of that root.
 */
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
        return yamlFiles(repository().resolve("schemas"));
    }

    /** Every schema whose output is generated, compiled and compared: {@link #all()}, then the valid test schemas. */
    static List<Path> generated() {
        List<Path> schemas = new ArrayList<>(all());
        schemas.addAll(yamlFiles(repository().resolve("generator-core/src/test/resources/valid")));
        return List.copyOf(schemas);
    }

    /**
     * The golden sources: one folder, {@code src/test/golden}, where each schema's classes live in the package
     * that schema names, so no two schemas share a package.
     */
    static Path golden() {
        return goldenRoot();
    }

    /**
     * The source root the build generated from {@link #generated()} with this build's generator, which the
     * Hibernate tests compile and run against.
     */
    static Path testSources() {
        String root = System.getProperty("schema2jpa.generated");
        if (root == null) {
            throw new IllegalStateException("-Dschema2jpa.generated names no folder: run the tests with Maven, which"
                    + " generates the test sources first");
        }
        return Path.of(root);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
