package io.github.schema2jpa.diagnostic;

import java.util.Objects;
import java.util.Optional;

/**
 * One problem found in a schema, as a value: where, how bad, what, and the source line it points at.
 *
 * @param location where the problem is
 * @param severity error or warning
 * @param message what is wrong, including any "did you mean" suggestion
 * @param sourceLine the text of the line at {@code location}, if it could be read
 */
public record Diagnostic(SourceLocation location, Severity severity, String message, Optional<String> sourceLine) {

    public Diagnostic {
        Objects.requireNonNull(location, "location");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(sourceLine, "sourceLine");
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** The first line of the rendered form: {@code FILE:LINE:COL: error: MESSAGE}. */
    public String headline() {
        return location + ": " + severity.label() + ": " + message;
    }
}
