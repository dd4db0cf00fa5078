package io.github.schema2jpa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the schema language, each with its own invalid schema under {@code src/test/resources/invalid}:
 * every diagnostic of the file, with its exact line, column and message, in order, and nothing written. The
 * expected diagnostics of {@code x.yaml} are in {@code x.errors} beside it, one a line, without the file name.
 */
class InvalidSchemasTest {

    private static final Path INVALID = Path.of("src/test/resources/invalid");

    /** Each invalid schema, with the diagnostics written beside it. */
    static Stream<Arguments> cases() throws IOException {
        List<Arguments> cases = new ArrayList<>();
        for (Path schema : schemas()) {
            Path errors = errorsOf(schema);
            List<String> expected = Files.exists(errors)
                    ? Files.readAllLines(errors).stream().filter(line -> !line.isBlank()).toList()
                    : List.of();
            cases.add(Arguments.of(INVALID.relativize(schema).toString().replace('\\', '/'), expected));
        }
        return cases.stream();
    }

    private static List<Path> schemas() throws IOException {
        try (Stream<Path> files = Files.walk(INVALID)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        }
    }

    private static Path errorsOf(Path schema) {
        String name = schema.getFileName().toString();
        return schema.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".errors");
    }

    /** No expected errors without their schema: a renamed schema would otherwise leave its case untested. */
    @Test
    void everyErrorsFileHasItsSchema() throws IOException {
        try (Stream<Path> files = Files.walk(INVALID)) {
            List<Path> errors = files.filter(file -> file.toString().endsWith(".errors")).sorted().toList();
            assertThat(errors).hasSizeGreaterThan(40);
            assertThat(errors).allSatisfy(file -> assertThat(file.resolveSibling(
                    file.getFileName().toString().replaceFirst("\\.errors$", ".yaml"))).exists());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPosition(String file, List<String> expected, @TempDir Path out) throws Exception {
        assertThat(expected).as("expected errors of " + file + ", written beside it in a .errors file").isNotEmpty();
        Path schema = INVALID.resolve(file);
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), out.resolve("gen")));

        List<String> headlines = result.diagnostics().stream().map(Diagnostic::headline).toList();
        String prefix = schema + ":";
        assertThat(headlines).allMatch(headline -> headline.startsWith(prefix));
        assertThat(headlines.stream().map(headline -> headline.substring(prefix.length())).toList())
                .containsExactlyElementsOf(expected);
        assertThat(result.hasErrors()).isTrue();
        assertThat(out.resolve("gen")).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }
}
