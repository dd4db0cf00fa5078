package io.github.schema2jpa.text;

/**
 * Schema text in a diagram: Mermaid identifiers and labels, Graphviz DOT strings and record fields. Nothing in the
 * text closes a label, starts markup or hides.
 */
public final class DiagramText {

    private DiagramText() {
    }

    /**
     * A Mermaid entity identifier: the name itself when it is plain ASCII ({@code [A-Za-z_][A-Za-z0-9_]*}), else the
     * name with every other character written as {@code -hex-} ({@code Café} gives {@code Caf-e9-}). A Java name
     * holds no {@code -}, so two names never give one identifier.
     */
    public static String mermaidId(String name) {
        StringBuilder out = new StringBuilder(name.length());
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            boolean plain = (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c == '_'
                    || (c >= '0' && c <= '9' && out.length() > 0);
            if (plain) {
                out.append((char) c);
            } else {
                out.append('-').append(Integer.toHexString(c)).append('-');
            }
        }
        return out.length() == 0 ? "-" : out.toString();
    }

    /**
     * Text inside a Mermaid double-quoted label: letters, digits, spaces and {@code _ - . , / ( )} as they are, every
     * other character as Mermaid's entity code {@code #NNN;} ({@code "} gives {@code #34;}), so nothing in it closes
     * the label, starts markup or hides.
     */
    public static String mermaidText(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            boolean plain = (Character.isLetterOrDigit(c) && !SchemaText.isInvisible(c)) || c == ' ' || c == '_' || c == '-'
                    || c == '.' || c == ',' || c == '/' || c == '(' || c == ')';
            if (plain) {
                out.appendCodePoint(c);
            } else {
                out.append('#').append(c).append(';');
            }
        });
        return out.toString();
    }

    /**
     * Text inside a DOT double-quoted string: {@code "} and backslashes escaped with a backslash (so no {@code \l}
     * or {@code \N} escape of Graphviz's labels forms), {@code &} as {@code &amp;} (Graphviz reads entities in
     * labels), and invisible characters as numeric entities.
     */
    public static String dotString(String text) {
        return dot(text, false);
    }

    /**
     * Text for one field of a DOT {@code record} label, inside its double-quoted string: as {@link #dotString}, and
     * the record syntax characters <code>{ } | &lt; &gt;</code> escaped with a backslash, so the text makes no field
     * or port of its own.
     */
    public static String dotRecordText(String text) {
        return dot(text, true);
    }

    private static String dot(String text, boolean record) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').append((char) c);
            } else if (c == '&') {
                out.append("&amp;");
            } else if (record && (c == '{' || c == '}' || c == '|' || c == '<' || c == '>')) {
                out.append('\\').append((char) c);
            } else if (SchemaText.isInvisible(c)) {
                out.append("&#").append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }
}
