package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The sources generated from every schema the tests use are exactly the checked-in golden sources, the reviewed
 * snapshot of the generator's output: those generated here, schema by schema, and those the build generated for the
 * Hibernate tests to compile and run. On a difference, AssertJ prints the differing lines. After an intended change
 * to the generated code, rewrite the golden files with {@code mvn -P golden-update} (see {@link GoldenUpdate}) and
 * review their diff; a run that rewrites a file fails, so that an update never passes as a comparison.
 */
class GoldenFilesTest {

    static List<Path> schemas() {
        return RepositorySchemas.generated();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void generatedSourcesAreTheGoldenSources(Path schema, @TempDir Path out) throws IOException {
        boolean update = GoldenUpdate.ofThisRun().requested();
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), out));
        assertThat(result.diagnostics()).as(DiagnosticRenderer.plain().renderAll(result.diagnostics())).isEmpty();

        Path golden = RepositorySchemas.golden();
        assertThat(out.toRealPath()).isNotEqualTo(golden.toRealPath());
        List<Path> generated = javaFiles(out, out);
        assertThat(generated).as("files generated from %s", schema).isNotEmpty();
        List<Path> expected = new ArrayList<>();
        for (Path packageDirectory : generated.stream().map(Path::getParent).distinct().toList()) {
            expected.addAll(javaFiles(golden.resolve(packageDirectory), golden));
        }
        List<Path> differing = differing(out, golden, generated, expected);
        if (update && !differing.isEmpty()) {
            replace(golden, out, generated);
            throw new AssertionError("rewrote the golden files of " + schema + ": " + differing
                    + "; review their diff, then run the tests again without the update");
        }
        assertThat(generated).as("files generated from %s", schema).containsExactlyInAnyOrderElementsOf(expected);
        for (Path file : generated) {
            assertThat(out.resolve(file)).hasSameTextualContentAs(golden.resolve(file));
        }
    }

    /** What the Hibernate tests compiled is the golden snapshot, file for file: nothing more, nothing less. */
    @Test
    void theSourcesTheTestsRunOnAreTheGoldenSources() throws IOException {
        Path tested = RepositorySchemas.testSources();
        Path golden = RepositorySchemas.golden();
        assertThat(tested).isDirectory();
        assertThat(tested.toRealPath()).isNotEqualTo(golden.toRealPath());
        List<Path> files = javaFiles(tested, tested);
        assertThat(files).containsExactlyElementsOf(javaFiles(golden, golden));
        for (Path file : files) {
            assertThat(tested.resolve(file)).hasSameTextualContentAs(golden.resolve(file));
        }
    }

    @Test
    void anUpdateNeedsBothSwitchesAndNeverRunsOnCi() {
        assertThat(new GoldenUpdate(false, Map.of()).requested()).isFalse();
        assertThat(new GoldenUpdate(true, Map.of(GoldenUpdate.VARIABLE, "true")).requested()).isTrue();
        assertThatIllegalStateException().isThrownBy(() -> new GoldenUpdate(true, Map.of()).requested())
                .withMessageContaining("the system property alone is refused");
        assertThatIllegalStateException()
                .isThrownBy(() -> new GoldenUpdate(false, Map.of(GoldenUpdate.VARIABLE, "true")).requested())
                .withMessageContaining("the environment variable alone is refused");
        assertThatIllegalStateException()
                .isThrownBy(() -> new GoldenUpdate(true, Map.of(GoldenUpdate.VARIABLE, "true", "CI", "true"))
                        .requested())
                .withMessageContaining("never rewritten on CI");
    }

    /** The files of {@code generated} and {@code expected} that are not in both, or differ in content. */
    private static List<Path> differing(Path out, Path golden, List<Path> generated, List<Path> expected)
            throws IOException {
        List<Path> differing = new ArrayList<>();
        for (Path file : Stream.concat(generated.stream(), expected.stream()).distinct().sorted().toList()) {
            if (!generated.contains(file) || !expected.contains(file)
                    || !Arrays.equals(Files.readAllBytes(out.resolve(file)), Files.readAllBytes(golden.resolve(file)))) {
                differing.add(file);
            }
        }
        return differing;
    }

    /** The {@code .java} files under {@code directory}, relative to {@code root}, sorted. */
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
