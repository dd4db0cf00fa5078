package io.github.schema2jpa.diagnostic;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.ValidationResult;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The printed form of diagnostics: headline, source line, caret; colour only when asked. */
class DiagnosticRendererTest {

    private static final Path INVALID = Path.of("src/test/resources/invalid");

    private static List<Diagnostic> diagnostics(String file) {
        ValidationResult result = new Schema2Jpa().validate(List.of(INVALID.resolve(file)));
        return result.diagnostics();
    }

    @Test
    void aMisspeltKeyIsPrintedWithItsLineACaretAndASuggestion() {
        Diagnostic nulable = diagnostics("unknown-keys.yaml").get(2);
        assertThat(DiagnosticRenderer.plain().render(nulable)).isEqualTo(INVALID.resolve("unknown-keys.yaml") + ":8:32: "
                + "error: unknown key 'nulable' in column 'summary'; did you mean 'nullable'?\n"
                + "      summary: { type: string, nulable: false }\n"
                + "                               ^");
    }

    @Test
    void allDiagnosticsArePrintedWithACount() {
        String printed = DiagnosticRenderer.plain().renderAll(diagnostics("relationship-targets.yaml"));
        String file = INVALID.resolve("relationship-targets.yaml").toString();
        assertThat(printed).isEqualTo(file + ":9:27: error: relationship target 'Relase' is not an entity;"
                + " did you mean 'Release'?\n"
                + "      releases: { target: Relase, back_populates: package }\n"
                + "                          ^\n"
                + file + ":10:7: error: relationship 'latest' has no target\n"
                + "      latest: { back_populates: package }\n"
                + "      ^\n"
                + file + ":16:51: error: entity 'Package' has no relationship 'relases'; did you mean 'releases'?\n"
                + "      package: { target: Package, back_populates: relases }\n"
                + "                                                  ^\n"
                + "3 errors\n");
    }

    @Test
    void aYamlSyntaxErrorPointsAtTheParsersPosition() {
        Diagnostic syntax = diagnostics("yaml-syntax.yaml").get(0);
        assertThat(syntax.location().line()).isEqualTo(5);
        assertThat(syntax.message()).startsWith("invalid YAML: expected ',' or '}'");
        assertThat(syntax.sourceLine()).isEmpty();
        assertThat(DiagnosticRenderer.plain().render(syntax)).doesNotContain("\n");
    }

    @Test
    void colourIsAnsiAndOnlyWhenAsked() {
        Diagnostic diagnostic = diagnostics("missing-version.yaml").get(0);
        assertThat(DiagnosticRenderer.plain().render(diagnostic)).doesNotContain("\u001B[");
        String coloured = DiagnosticRenderer.ansi().render(diagnostic);
        assertThat(coloured).contains("\u001B[1;31merror:\u001B[0m");
        assertThat(coloured.replaceAll("\u001B\\[[0-9;]*m", "")).isEqualTo(DiagnosticRenderer.plain().render(diagnostic));
    }

    @Test
    void theSummaryCountsErrorsAndWarnings() {
        SourceLocation at = SourceLocation.ofFile("x.yaml");
        Diagnostic error = new Diagnostic(at, Severity.ERROR, "e", java.util.Optional.empty());
        Diagnostic warning = new Diagnostic(at, Severity.WARNING, "w", java.util.Optional.empty());
        assertThat(DiagnosticRenderer.summary(List.of(error))).isEqualTo("1 error");
        assertThat(DiagnosticRenderer.summary(List.of(error, error, warning))).isEqualTo("2 errors, 1 warning");
        assertThat(DiagnosticRenderer.plain().render(warning)).isEqualTo("x.yaml:1:1: warning: w");
    }

    @Test
    void controlAndBidiCharactersOfTheSchemaReachNoTerminal() {
        // an ESC sequence would recolour the terminal, U+202E would reverse how the rest of the line reads
        String line = "  t\u202E\u001B[2J: { x: 1 }";
        Diagnostic diagnostic = new Diagnostic(new SourceLocation("x.yaml", 1, 13), Severity.ERROR,
                "unknown key 'x' in table 't\u202E\u001B[2J'", java.util.Optional.of(line));
        assertThat(DiagnosticRenderer.plain().render(diagnostic)).isEqualTo(
                "x.yaml:1:13: error: unknown key 'x' in table 't\\u202E\\u001B[2J'\n"
                        + "  t\\u202E\\u001B[2J: { x: 1 }\n"
                        + " ".repeat(22) + "^");
    }

    @Test
    void suggestionsAreOfferedOnlyForLikelyTypos() {
        assertThat(Suggestions.closest("nulable", List.of("nullable", "unique"))).contains("nullable");
        assertThat(Suggestions.closest("bakc_populates", List.of("back_populates"))).contains("back_populates");
        assertThat(Suggestions.closest("colour", List.of("nullable", "index"))).isEmpty();
    }
}
