package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The {@code repositories} option: the Spring Data repositories generated beside the entities are the golden ones
 * under {@code src/test/golden-repositories} (rewritten by {@code -P golden-update} as the entities' are), and the
 * entities with their repositories compile strictly against spring-data-jpa.
 */
class RepositoriesTest {

    static List<Path> schemas() {
        Path schemas = RepositorySchemas.repository().resolve("schemas");
        return List.of(schemas.resolve("pypi.yaml"), schemas.resolve("examples/composite_key.yaml"),
                schemas.resolve("examples/natural_key.yaml"), schemas.resolve("examples/shop.yaml"));
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void theRepositoriesAreTheGoldenOnesAndCompile(Path schema, @TempDir Path out) throws IOException {
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), out.resolve("src"))
                .withOptions(GeneratorOptions.defaults().withRepositories(true)));
        assertThat(result.diagnostics()).as(DiagnosticRenderer.plain().renderAll(result.diagnostics())).isEmpty();

        Path golden = Path.of("src/test/golden-repositories");
        List<Path> repositories = repositories(out.resolve("src"));
        assertThat(repositories).isNotEmpty();
        if (GoldenUpdate.ofThisRun().requested()) {
            update(out.resolve("src"), golden, repositories);
        }
        for (Path file : repositories) {
            assertThat(out.resolve("src").resolve(file)).hasSameTextualContentAs(golden.resolve(file));
        }
        String packageFolder = repositories.get(0).getParent().toString();
        assertThat(repositories(golden.resolve(packageFolder)).stream().map(p -> Path.of(packageFolder).resolve(p)))
                .containsExactlyInAnyOrderElementsOf(repositories);

        assertThat(Javac.compile(out.resolve("src"), out.resolve("classes"))).isEmpty();
    }

    /** Rewrites the golden repositories that differ; fails when it rewrote any, so an update never passes. */
    private static void update(Path out, Path golden, List<Path> files) throws IOException {
        List<Path> rewritten = new java.util.ArrayList<>();
        for (Path file : files) {
            Path expected = golden.resolve(file);
            if (!Files.exists(expected) || Files.mismatch(expected, out.resolve(file)) >= 0) {
                Files.createDirectories(expected.getParent());
                Files.copy(out.resolve(file), expected, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                rewritten.add(file);
            }
        }
        if (!rewritten.isEmpty()) {
            throw new AssertionError("rewrote the golden repositories " + rewritten + "; review their diff, then run"
                    + " the tests again without the update");
        }
    }

    /** The repository sources under {@code root}, relative to it, sorted. */
    private static List<Path> repositories(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.getFileName().toString().endsWith("Repository.java"))
                    .map(root::relativize).sorted().toList();
        }
    }
}
