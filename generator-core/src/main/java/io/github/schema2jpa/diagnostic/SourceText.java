package io.github.schema2jpa.diagnostic;

import java.util.List;

/** The text of the files diagnostics point into: their lines, and where a parser's position is in them. */
public interface SourceText {

    /** The lines of {@code file} as an editor shows them, or {@code null} if it was never read. */
    List<String> lines(String file);

    /**
     * A location the YAML parser gave, as an editor counts lines and columns. The two differ where the parser takes
     * a character for a line break that an editor does not; by default they are the same.
     */
    default SourceLocation place(SourceLocation parserLocation) {
        return parserLocation;
    }
}
