package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.diagnostic.SourceText;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The text of every schema file read, kept so that diagnostics can quote the offending line.
 *
 * <p>Lines are what an editor shows: they end at LF, CR LF or CR. SnakeYAML reads YAML 1.1, which also ends lines at
 * NEL (U+0085), LINE SEPARATOR (U+2028) and PARAGRAPH SEPARATOR (U+2029), and does not end one at a CR that ends
 * the file; its positions are moved to the editor's lines and columns in {@link #place}.
 */
public final class SourceFiles implements SourceText {

    private final Map<String, String> textByFile = new HashMap<>();
    private final Map<String, List<String>> linesByFile = new HashMap<>();

    public void add(String file, String text) {
        textByFile.put(file, text);
        linesByFile.put(file, text.lines().toList());
    }

    /** The lines of {@code file}, or {@code null} if it was never read. */
    @Override
    public List<String> lines(String file) {
        return linesByFile.get(file);
    }

    @Override
    public SourceLocation place(SourceLocation parserLocation) {
        String text = textByFile.get(parserLocation.file());
        if (text == null || parserLocation.line() < 1 || parserLocation.column() < 1) {
            return parserLocation;
        }
        SourceLocation placed = needsMapping(text) ? fromYamlPosition(parserLocation, text) : parserLocation;
        List<String> lines = linesByFile.get(parserLocation.file());
        if (placed.line() <= lines.size()) {
            int width = lines.get(placed.line() - 1).length();
            if (placed.column() > width + 1) {
                return new SourceLocation(placed.file(), placed.line(), width + 1);
            }
        }
        return placed;
    }

    private static boolean needsMapping(String text) {
        return text.indexOf('\u0085') >= 0 || text.indexOf('\u2028') >= 0 || text.indexOf('\u2029') >= 0
                || text.indexOf('\r') >= 0;
    }

    /** Finds the character SnakeYAML's line and column (both from 1, the column in code points) point at. */
    private static SourceLocation fromYamlPosition(SourceLocation at, String text) {
        int offset = 0;
        int yamlLine = 1;
        while (yamlLine < at.line() && offset < text.length()) {
            char c = text.charAt(offset);
            offset++;
            if (c == '\r' && offset < text.length() && text.charAt(offset) == '\n') {
                offset++;
                yamlLine++;
            } else if (c == '\n' || c == '\u0085' || c == '\u2028' || c == '\u2029'
                    || (c == '\r' && offset < text.length())) {
                yamlLine++;
            }
        }
        for (int column = 1; column < at.column() && offset < text.length(); column++) {
            offset = text.offsetByCodePoints(offset, 1);
        }
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new SourceLocation(at.file(), line, offset - lineStart + 1);
    }
}
