package io.github.schema2jpa;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.util.List;

/**
 * A DDL script, or the diagnostics that prevented it.
 *
 * @param text the script; empty when there are errors
 * @param diagnostics every error and warning
 */
public record DdlResult(String text, List<Diagnostic> diagnostics) {

    public DdlResult {
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
