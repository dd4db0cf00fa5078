package io.github.schema2jpa.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Optional;

/**
 * How text from a schema is put into each kind of output: Javadoc, a Java line comment, a Java string literal, an
 * SQL identifier, a Mermaid diagram and a Graphviz DOT graph. Schema text is data: whatever it holds, it ends up
 * as text in the target, never as syntax of the target.
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
public final class SchemaText {

    /** PostgreSQL's limit on identifiers, in bytes (NAMEDATALEN - 1); longer ones are silently truncated there. */
    public static final int MAX_SQL_NAME_BYTES = 63;

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SchemaText() {
    }

    // ----------------------------------------------------------------------------------------------------------
    // Characters

    /**
     * Whether a character is invisible or changes how text around it reads: a control or format character
     * (U+00AD soft hyphen, U+200B zero width space, the bidirectional controls...), a separator other than the
     * ASCII space, a surrogate, a private-use, unassigned or non-character code point, or one of Unicode's other
     * default-ignorable code points (U+034F, U+115F, U+3164, variation selectors...).
     */
    public static boolean isInvisible(int codePoint) {
        return switch (Character.getType(codePoint)) {
            case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                    Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> true;
            case Character.SPACE_SEPARATOR -> codePoint != ' ';
            default -> isNonCharacter(codePoint) || isDefaultIgnorable(codePoint);
        };
    }

    /** The first invisible character of {@code text} (see {@link #isInvisible}), if any. */
    public static Optional<Integer> firstInvisible(String text) {
        return text.codePoints().filter(SchemaText::isInvisible).boxed().findFirst();
    }

    /** {@code U+00AD SOFT HYPHEN}: a character named for a message. */
    public static String describe(int codePoint) {
        String name = Character.getName(codePoint);
        return codePoint(codePoint) + (name == null ? "" : " " + name);
    }

    /**
     * Text as a diagnostic shows it: invisible characters written as {@code \}{@code uXXXX} escapes, so that a
     * message neither hides a character nor sends one to the terminal.
     */
    public static String shown(String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            if (isInvisible(c)) {
                appendUnicodeEscapes(out, c);
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    private static boolean isNonCharacter(int c) {
        return (c >= 0xFDD0 && c <= 0xFDEF) || (c & 0xFFFE) == 0xFFFE;
    }

    /** Unicode's Default_Ignorable_Code_Point property, less what {@link Character#getType} already marks. */
    private static boolean isDefaultIgnorable(int c) {
        return c == 0x034F || c == 0x061C || c == 0x115F || c == 0x1160 || c == 0x17B4 || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F) || (c >= 0x200B && c <= 0x200F) || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2060 && c <= 0x206F) || c == 0x3164 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF
                || c == 0xFFA0 || (c >= 0xFFF0 && c <= 0xFFF8) || (c >= 0x1BCA0 && c <= 0x1BCA3)
                || (c >= 0x1D173 && c <= 0x1D17A) || (c >= 0xE0000 && c <= 0xE0FFF);
    }

    // ----------------------------------------------------------------------------------------------------------
    // Java sources

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
                    if (!isInvisible(c)) {
                        out.appendCodePoint(c);
                    } else if (Character.getType(c) == Character.CONTROL || Character.getType(c) == Character.SURROGATE
                            || isNonCharacter(c)) {
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
            } else if (isInvisible(c)) {
                out.append(codePoint(c));
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
                    if (isInvisible(codePoint)) {
                        appendUnicodeEscapes(out, codePoint);
                    } else {
                        out.appendCodePoint(codePoint);
                    }
                    i += Character.charCount(codePoint) - 1;
                }
            }
        }
        return out.append('"').toString();
    }

    /**
     * The value of a float or double default: a decimal or hexadecimal literal as Java reads it, or one of the
     * non-finite values, written as Java ({@code NaN}, {@code Infinity}, {@code -Infinity}) or as YAML
     * ({@code .nan}, {@code .inf}, {@code -.inf}) writes them.
     *
     * @throws NumberFormatException if the text is none of these
     */
    public static double floatingValue(String text) {
        String word = text.strip();
        return switch (word) {
            case ".nan", ".NaN", ".NAN" -> Double.NaN;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(word);
        };
    }

    /** Whether {@code text} names a non-finite value (see {@link #floatingValue}) rather than a number. */
    public static boolean isNonFiniteWord(String text) {
        String word = text.strip();
        String unsigned = word.startsWith("+") || word.startsWith("-") ? word.substring(1) : word;
        return unsigned.equals("NaN") || unsigned.equals("Infinity") || unsigned.equalsIgnoreCase(".nan")
                || unsigned.equalsIgnoreCase(".inf");
    }

    /** A Java expression for a float default: {@code Float.NaN}, {@code Float.POSITIVE_INFINITY}..., or {@code 1.5F}. */
    public static String javaFloat(String text) {
        float value = isNonFiniteWord(text) ? (float) floatingValue(text) : Float.parseFloat(text.strip());
        return Float.isNaN(value) ? "Float.NaN"
                : value == Float.POSITIVE_INFINITY ? "Float.POSITIVE_INFINITY"
                : value == Float.NEGATIVE_INFINITY ? "Float.NEGATIVE_INFINITY"
                : Float.toString(value) + "F";
    }

    /** A Java expression for a double default: {@code Double.NaN}, {@code Double.POSITIVE_INFINITY}..., or {@code 1.5D}. */
    public static String javaDouble(String text) {
        double value = floatingValue(text);
        return Double.isNaN(value) ? "Double.NaN"
                : value == Double.POSITIVE_INFINITY ? "Double.POSITIVE_INFINITY"
                : value == Double.NEGATIVE_INFINITY ? "Double.NEGATIVE_INFINITY"
                : Double.toString(value) + "D";
    }

    // ----------------------------------------------------------------------------------------------------------
    // SQL

    /**
     * Whether {@code name} can be an SQL identifier without quoting tricks: a letter (in the Unicode sense) or
     * {@code _}, then letters, combining marks, decimal digits, {@code _} and {@code $}, none of them invisible,
     * and at most {@value #MAX_SQL_NAME_BYTES} bytes in UTF-8. PostgreSQL and H2 take these unquoted.
     */
    public static boolean isSqlName(String name) {
        return sqlNameProblem(name).isEmpty();
    }

    /** What keeps {@code name} from being an SQL identifier (see {@link #isSqlName}), said for a diagnostic. */
    public static Optional<String> sqlNameProblem(String name) {
        if (name.isEmpty()) {
            return Optional.of("is empty");
        }
        Optional<Integer> invisible = firstInvisible(name);
        if (invisible.isPresent()) {
            return Optional.of("holds " + describe(invisible.get()) + ", an invisible character");
        }
        int first = name.codePointAt(0);
        if (!Character.isLetter(first) && first != '_') {
            return Optional.of("starts with '" + new String(Character.toChars(first))
                    + "': an SQL name starts with a letter or '_'");
        }
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (!isSqlNamePart(c)) {
                return Optional.of("holds '" + new String(Character.toChars(c))
                        + "': an SQL name holds only letters, digits, '_' and '$'");
            }
        }
        int bytes = name.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_SQL_NAME_BYTES) {
            return Optional.of("is " + bytes + " bytes long: an SQL name is at most " + MAX_SQL_NAME_BYTES
                    + " bytes (PostgreSQL's limit)");
        }
        return Optional.empty();
    }

    /**
     * A plain SQL name close to {@code name}, to suggest in its place: invisible characters dropped, every run of
     * other characters an SQL name cannot hold made one {@code _}, a {@code _} in front of a leading digit or
     * {@code $}. Empty when that gives no valid name (too long, or nothing left).
     */
    public static Optional<String> sqlNameSuggestion(String name) {
        StringBuilder out = new StringBuilder();
        boolean replaced = false;
        for (int i = 0; i < name.length(); ) {
            int c = name.codePointAt(i);
            i += Character.charCount(c);
            if (isInvisible(c)) {
                continue;
            }
            if (isSqlNamePart(c)) {
                if (out.length() == 0 && !Character.isLetter(c) && c != '_') {
                    out.append('_');
                }
                out.appendCodePoint(c);
                replaced = false;
            } else if (!replaced) {
                out.append('_');
                replaced = true;
            }
        }
        String suggestion = out.toString();
        return isSqlName(suggestion) && !suggestion.equals(name) ? Optional.of(suggestion) : Optional.empty();
    }

    /**
     * A name made by a convention ({@code ix_}, {@code uq_}, {@code fk_}, {@code _seq}) that fits PostgreSQL: as it
     * is when it is at most {@value #MAX_SQL_NAME_BYTES} bytes, else shortened as SQLAlchemy shortens such names, to
     * its first 55 bytes, {@code _} and the last four hex digits of the MD5 of the whole name.
     */
    public static String conventionName(String name) {
        byte[] bytes = name.getBytes(StandardCharsets.UTF_8);
        if (bytes.length <= MAX_SQL_NAME_BYTES) {
            return name;
        }
        int end = 0;
        int used = 0;
        while (end < name.length()) {
            int c = name.codePointAt(end);
            int size = new String(Character.toChars(c)).getBytes(StandardCharsets.UTF_8).length;
            if (used + size > MAX_SQL_NAME_BYTES - 8) {
                break;
            }
            used += size;
            end += Character.charCount(c);
        }
        String md5 = HexFormat.of().formatHex(md5(bytes));
        return name.substring(0, end) + "_" + md5.substring(md5.length() - 4);
    }

    private static byte[] md5(byte[] bytes) {
        try {
            return MessageDigest.getInstance("MD5").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has MD5", e);
        }
    }

    private static boolean isSqlNamePart(int c) {
        return Character.isLetter(c) || Character.isDigit(c) || c == '_' || c == '$'
                || Character.getType(c) == Character.NON_SPACING_MARK
                || Character.getType(c) == Character.COMBINING_SPACING_MARK;
    }

    /**
     * An identifier as a mapping annotation names it: as it is, or in double quotes when it is a reserved word (with
     * any double quote in it doubled, as SQL writes one inside a quoted identifier).
     */
    public static String sqlIdentifier(String name, boolean reserved) {
        return reserved || name.indexOf('"') >= 0 ? "\"" + name.replace("\"", "\"\"") + "\"" : name;
    }

    // ----------------------------------------------------------------------------------------------------------
    // Diagrams

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
            boolean plain = (Character.isLetterOrDigit(c) && !isInvisible(c)) || c == ' ' || c == '_' || c == '-'
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
            } else if (isInvisible(c)) {
                out.append("&#").append(c).append(';');
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.toString();
    }

    // ----------------------------------------------------------------------------------------------------------

    private static String codePoint(int c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex;
    }

    private static void appendUnicodeEscapes(StringBuilder out, int codePoint) {
        for (char unit : Character.toChars(codePoint)) {
            out.append("\\u").append(HEX[(unit >> 12) & 0xF]).append(HEX[(unit >> 8) & 0xF])
                    .append(HEX[(unit >> 4) & 0xF]).append(HEX[unit & 0xF]);
        }
    }
}
