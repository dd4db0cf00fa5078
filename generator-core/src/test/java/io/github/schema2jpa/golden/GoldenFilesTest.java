package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sources generated from every schema in the repository are exactly the checked-in golden sources. On a
 * difference, AssertJ prints the differing lines. After an intended change to the generated code, rerun with
 * {@code -Dschema2jpa.golden.update=true} to rewrite the golden files, and review their diff.
 */
class GoldenFilesTest {

    static List<Path> schemas() {
        return RepositorySchemas.all();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void generatedSourcesAreTheGoldenSources(Path schema, @TempDir Path out) throws IOException {
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), out));
        assertThat(result.diagnostics()).as(DiagnosticRenderer.plain().renderAll(result.diagnostics())).isEmpty();

        Path golden = RepositorySchemas.golden();
        List<Path> generated = javaFiles(out, out);
        assertThat(generated).as("files generated from %s", schema).isNotEmpty();
        if (Boolean.getBoolean("schema2jpa.golden.update")) {
            replace(golden, out, generated);
        }
        List<Path> expected = new ArrayList<>();
        for (Path packageDirectory : generated.stream().map(Path::getParent).distinct().toList()) {
            expected.addAll(javaFiles(golden.resolve(packageDirectory), golden));
        }
        assertThat(generated).as("files generated from %s", schema).containsExactlyInAnyOrderElementsOf(expected);
        for (Path file : generated) {
            assertThat(out.resolve(file)).hasSameTextualContentAs(golden.resolve(file));
        }
    }

    /** The {@code .java} files directly in {@code directory}, relative to {@code root}. */
    private static List<Path> javaFiles(Path directory, Path root) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).map(root::relativize).sorted().toList();
        }
    }

    private static void replace(Path golden, Path out, List<Path> files) throws IOException {
        for (Path packageDirectory : files.stream().map(Path::getParent).distinct().toList()) {
            for (Path old : javaFiles(golden.resolve(packageDirectory), golden)) {
                Files.delete(golden.resolve(old));
            }
        }
        for (Path file : files) {
            Files.createDirectories(golden.resolve(file).getParent());
            Files.copy(out.resolve(file), golden.resolve(file));
        }
    }
}
