package io.github.schema2jpa.diagnostic;

import java.util.Objects;

/**
 * A position in a schema file, 1-based, as compilers print it.
 *
 * @param file the file as the user named it (never made absolute by us)
 * @param line 1-based line
 * @param column 1-based column
 */
public record SourceLocation(String file, int line, int column) {

    public SourceLocation {
        Objects.requireNonNull(file, "file");
    }

    /** The location of a whole file, for problems that have no better position. */
    public static SourceLocation ofFile(String file) {
        return new SourceLocation(file, 1, 1);
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
