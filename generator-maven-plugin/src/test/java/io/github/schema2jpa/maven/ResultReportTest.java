package io.github.schema2jpa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Severity;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.logging.SystemStreamLog;
import org.junit.jupiter.api.Test;

class ResultReportTest {

    private static final Diagnostic TYPO = new Diagnostic(new SourceLocation("schemas/shop.yaml", 8, 11),
            Severity.ERROR, "unknown key 'nulable'", Optional.of("  summary: { nulable: false }"));
    private static final Diagnostic UNUSED = new Diagnostic(new SourceLocation("schemas/shop.yaml", 3, 1),
            Severity.WARNING, "unused", Optional.empty());

    private static GenerationResult failed(Diagnostic... diagnostics) {
        return new GenerationResult(List.of(Path.of("schemas/shop.yaml")), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(), List.of(diagnostics));
    }

    /** Keeps what is logged, level by level. */
    private static final class RecordingLog extends SystemStreamLog {
        final List<String> lines = new ArrayList<>();

        @Override
        public void error(CharSequence content) {
            lines.add("ERROR " + content);
        }

        @Override
        public void warn(CharSequence content) {
            lines.add("WARN " + content);
        }
    }

    @Test
    void eachLineOfEachDiagnosticIsLoggedAtItsLevelWithoutColour() {
        RecordingLog log = new RecordingLog();
        new ResultReport(failed(TYPO, UNUSED)).logDiagnostics(log);
        assertThat(log.lines).containsExactly(
                "ERROR schemas/shop.yaml:8:11: error: unknown key 'nulable'",
                "ERROR   summary: { nulable: false }",
                "ERROR           ^",
                "WARN schemas/shop.yaml:3:1: warning: unused");
    }

    @Test
    void theFailureMessageHoldsEveryDiagnosticAndTheCount() {
        assertThat(new ResultReport(failed(TYPO, UNUSED)).failureMessage()).isEqualTo("""
                schema2jpa found 1 error, 1 warning in shop.yaml:
                schemas/shop.yaml:8:11: error: unknown key 'nulable'
                  summary: { nulable: false }
                          ^
                schemas/shop.yaml:3:1: warning: unused
                1 error, 1 warning""");
    }

    @Test
    void theUpToDateLineNamesTheSchemasAndTheOutputDirectory() {
        GenerationRequest request =
                GenerationRequest.of(List.of(Path.of("schemas/pypi.yaml"), Path.of("shop.yaml")), Path.of("out"));
        assertThat(ResultReport.upToDateLine(request, Path.of("target/generated")))
                .isEqualTo("Entities from pypi.yaml, shop.yaml are up to date in target/generated "
                        + "(schemas, parameters and generator unchanged)");
    }
}
