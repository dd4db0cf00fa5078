package io.github.schema2jpa;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.util.List;

/**
 * An entity-relationship diagram, or the diagnostics that prevented it.
 *
 * @param text the diagram in the requested format; empty when there are errors
 * @param diagnostics every error and warning
 */
public record DiagramResult(String text, List<Diagnostic> diagnostics) {

    public DiagramResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
