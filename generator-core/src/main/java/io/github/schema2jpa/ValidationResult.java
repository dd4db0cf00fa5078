package io.github.schema2jpa;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * The outcome of validating schemas without generating anything.
 *
 * @param schemas the schema files read
 * @param entities how many entities the schemas describe (zero when there are errors)
 * @param diagnostics every error and warning
 */
public record ValidationResult(List<Path> schemas, int entities, List<Diagnostic> diagnostics) {

    public ValidationResult {
        schemas = List.copyOf(schemas);
        diagnostics = List.copyOf(diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
