package io.github.schema2jpa.property;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;

/** Whether diagnostics point inside the file they name: a line the file has, a column within that line. */
final class Locations {

    private Locations() {
    }

    /**
     * The lines of a text as an editor shows them: split at {@code \n}, {@code \r\n} and {@code \r}; a text that
     * ends with a line break has an empty last line, where a diagnostic about the end of the file may point.
     */
    static List<String> lines(String text) {
        return List.of(text.split("\r\n|\r|\n", -1));
    }

    /** Every problem with where the diagnostics point, as messages; empty when all are inside the file. */
    static List<String> misplaced(List<Diagnostic> diagnostics, String file, String text) {
        List<String> lines = lines(text);
        List<String> problems = new ArrayList<>();
        for (Diagnostic diagnostic : diagnostics) {
            SourceLocation at = diagnostic.location();
            if (!at.file().equals(file)) {
                problems.add("names file '" + at.file() + "', not '" + file + "': " + diagnostic.headline());
                continue;
            }
            if (at.line() < 1 || at.line() > lines.size()) {
                problems.add("line " + at.line() + " is outside the file's " + lines.size() + " lines: "
                        + diagnostic.headline());
                continue;
            }
            String line = lines.get(at.line() - 1);
            int width = Math.max(line.length(), line.codePointCount(0, line.length()));
            if (at.column() < 1 || at.column() > width + 1) {
                problems.add("column " + at.column() + " is outside line " + at.line() + " (" + width
                        + " characters): " + diagnostic.headline());
            }
        }
        return problems;
    }
}
