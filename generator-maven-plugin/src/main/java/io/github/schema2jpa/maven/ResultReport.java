package io.github.schema2jpa.maven;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.maven.plugin.logging.Log;

/**
 * What the plugin tells of a run: the diagnostics, each rendered as the compiler-style block of the core's renderer
 * (without colour), and the message of the build failure, which holds them all so that they show without
 * {@code -e}.
 */
final class ResultReport {

    private final GenerationResult result;
    private final DiagnosticRenderer renderer = DiagnosticRenderer.plain();

    ResultReport(GenerationResult result) {
        this.result = result;
    }

    /** The one line said when nothing has changed since the last successful run. */
    static String upToDateLine(GenerationRequest request, Path shownOutputDirectory) {
        return "Entities from " + fileNames(request.schemas()) + " are up to date in " + shownOutputDirectory
                + " (schemas, parameters and generator unchanged)";
    }

    /** Errors at ERROR, warnings at WARN, one log line per line of the rendered diagnostic. */
    void logDiagnostics(Log log) {
        for (Diagnostic diagnostic : result.diagnostics()) {
            for (String line : renderer.render(diagnostic).split("\n", -1)) {
                if (diagnostic.isError()) {
                    log.error(line);
                } else {
                    log.warn(line);
                }
            }
        }
    }

    /** Every diagnostic, then the count, under a line that names the schemas. */
    String failureMessage() {
        return "schema2jpa found " + DiagnosticRenderer.summary(result.diagnostics()) + " in "
                + fileNames(result.schemas()) + ":\n" + renderer.renderAll(result.diagnostics()).stripTrailing();
    }

    private static String fileNames(List<Path> schemas) {
        return schemas.stream()
                .map(path -> path.getFileName() == null ? path.toString() : path.getFileName().toString())
                .collect(Collectors.joining(", "));
    }
}
