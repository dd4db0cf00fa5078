package io.github.schema2jpa.diagnostic;

import java.util.Locale;

/** How bad a diagnostic is. Any error stops generation; warnings do not. */
public enum Severity {
    ERROR,
    WARNING;

    /** The word printed after the location: {@code error} or {@code warning}. */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
