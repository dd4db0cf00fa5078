package io.github.schema2jpa.text;

import java.util.Locale;

/**
 * Schema text in a Java source: in Javadoc, in a line comment, in a string literal.
 *
 * <p>javac decodes {@code \}{@code u} escapes before it reads comments and literals, so no schema text reaches a Java
 * source with a backslash that javac could read as the start of one: comments hold {@code &#92;} or a doubled
 * backslash, literals a doubled one, and the only {@code \}{@code u} escapes are those {@link #javaString} writes on
 * purpose. Characters that do not show, or that change how a line reads (controls, format characters such as the
 * bidirectional overrides, line and paragraph separators), never reach a Java source raw.
 *
 * <p>JavaPoet's {@code $S} doubles backslashes and escapes quotes and line breaks, which is enough for names checked
 * as SQL or Java names; but it copies format characters such as U+202E raw, so free text goes through
 * {@link #javaString}.
 */
public final class JavaText {

    private JavaText() {
    }

    /**
     * Text for a Javadoc comment, as HTML: {@code <}, {@code >} and {@code &} become entities, so the text shows as
     * written; {@code @} becomes {@code &#64;}, so it starts no block or inline tag; {@code /} after {@code *}
     * becomes {@code &#47;}, so the comment does not end; a backslash becomes {@code &#92;}, so javac decodes no
     * {@code \}{@code u} escape. Line breaks stay (CR LF and CR become LF, which the comment continues); a tab stays.
     * Invisible format characters and separators become numeric references ({@code &#x202E;}): the source holds
     * none of them raw, and the rendered page shows what the schema said. Controls, surrogates and non-characters,
     * which HTML does not allow, become U+FFFD, the replacement character.
     */
    public static String javadoc(String text) {
        String lines = text.replace("\r\n", "\n").replace('\r', '\n');
        StringBuilder out = new StringBuilder(lines.length());
        int previous = -1;
        for (int i = 0; i < lines.length(); ) {
            int c = lines.codePointAt(i);
            i += Character.charCount(c);
            switch (c) {
                case '\n', '\t' -> out.append((char) c);
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '@' -> out.append("&#64;");
                case '\\' -> out.append("&#92;");
                case '/' -> out.append(previous == '*' ? "&#47;" : "/");
                default -> {
                    if (!SchemaText.isInvisible(c)) {
                        out.appendCodePoint(c);
                    } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                            || SchemaText.isNonCharacter(c)) {
                        out.append("&#xFFFD;");
                    } else {
                        out.append("&#x").append(Integer.toHexString(c).toUpperCase(Locale.ROOT)).append(';');
                    }
                }
            }
            previous = c;
        }
        return out.toString();
    }

    /**
     * Text for a {@code //} comment, such as a schema's file name in the generated header: printable text as it is,
     * backslashes doubled (so none starts a {@code \}{@code u} escape), and every invisible character, line breaks
     * included, written as {@code U+XXXX}, so the comment stays on its line.
     */
    public static String lineComment(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (c == '\\') {
                out.append("\\\\");
            } else if (SchemaText.isInvisible(c)) {
                out.append(SchemaText.codePoint(c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    /**
     * A Java string literal, quotes included, holding exactly {@code text}. Unlike JavaPoet's {@code $S}, which
     * copies format characters raw, every invisible character is written as a {@code \}{@code u} escape, which
     * javac decodes inside the literal; line breaks, quotes and backslashes use their ordinary escapes, so no
     * escape decodes to a character that would end the literal.
     */
    public static String javaString(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                default -> {
                    int codePoint = Character.isHighSurrogate(c) && i + 1 < text.length()
                            && Character.isLowSurrogate(text.charAt(i + 1)) ? text.codePointAt(i) : c;
                    if (SchemaText.isInvisible(codePoint)) {
                        SchemaText.appendUnicodeEscapes(out, codePoint);
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                    i += Character.charCount(codePoint) - 1;
                }
            }
        }
        return out.append('"').toString();
    }
}
