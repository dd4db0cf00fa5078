package io.github.schema2jpa.diagnostic;

import io.github.schema2jpa.text.SchemaText;
import java.util.List;

/**
 * Prints diagnostics the way javac and rustc do: the headline, the offending source line, and a caret under the
 * column. Colour (ANSI) is optional and off unless asked for.
 */
public final class DiagnosticRenderer {

    private static final String RESET = "\u001B[0m";
    private static final String BOLD = "\u001B[1m";
    private static final String RED = "\u001B[1;31m";
    private static final String YELLOW = "\u001B[1;33m";
    private static final String GREEN = "\u001B[1;32m";

    private final boolean color;

    private DiagnosticRenderer(boolean color) {
        this.color = color;
    }

    public static DiagnosticRenderer plain() {
        return new DiagnosticRenderer(false);
    }

    public static DiagnosticRenderer ansi() {
        return new DiagnosticRenderer(true);
    }

    /**
     * One diagnostic, as several lines joined by {@code \n}, without a trailing newline. Characters of the schema
     * that do not show or that a terminal would act on (controls such as ESC, bidirectional overrides) are printed
     * as {@code \}{@code uXXXX} escapes, in the message and in the source line, and the caret stays under the
     * column it points at.
     */
    public String render(Diagnostic diagnostic) {
        StringBuilder out = new StringBuilder();
        String severityColor = diagnostic.isError() ? RED : YELLOW;
        out.append(paint(BOLD, diagnostic.location().toString() + ":"))
                .append(' ')
                .append(paint(severityColor, diagnostic.severity().label() + ":"))
                .append(' ')
                .append(paint(BOLD, SchemaText.shown(diagnostic.message())));
        diagnostic.sourceLine().ifPresent(line -> {
            String text = line.replace('\t', ' ');
            int column = Math.max(1, Math.min(diagnostic.location().column(), text.length() + 1));
            int caretColumn = SchemaText.shown(text.substring(0, column - 1)).length() + 1;
            out.append('\n').append(SchemaText.shown(text));
            out.append('\n').append(" ".repeat(caretColumn - 1)).append(paint(GREEN, "^"));
        });
        return out.toString();
    }

    /** All diagnostics, each followed by a newline, then a count line such as {@code 2 errors, 1 warning}. */
    public String renderAll(List<Diagnostic> diagnostics) {
        StringBuilder out = new StringBuilder();
        for (Diagnostic diagnostic : diagnostics) {
            out.append(render(diagnostic)).append('\n');
        }
        if (!diagnostics.isEmpty()) {
            out.append(summary(diagnostics)).append('\n');
        }
        return out.toString();
    }

    /** {@code 1 error}, {@code 3 errors, 1 warning}, and so on. */
    public static String summary(List<Diagnostic> diagnostics) {
        long errors = diagnostics.stream().filter(Diagnostic::isError).count();
        long warnings = diagnostics.size() - errors;
        StringBuilder out = new StringBuilder();
        if (errors > 0) {
            out.append(errors).append(errors == 1 ? " error" : " errors");
        }
        if (warnings > 0) {
            if (out.length() > 0) {
                out.append(", ");
            }
            out.append(warnings).append(warnings == 1 ? " warning" : " warnings");
        }
        return out.toString();
    }

    private String paint(String code, String text) {
        return color ? code + text + RESET : text;
    }
}
