package io.github.schema2jpa.text;

import java.util.Locale;
import java.util.Optional;

/**
 * Schema text as characters: which characters are invisible or change how text around them reads, and how a
 * diagnostic shows text that holds them. Schema text is data: whatever it holds, it ends up as text in each output,
 * never as syntax of it; one class per kind of output says how ({@link JavaText} for Java sources, {@link SqlText}
 * for SQL names, {@link DiagramText} for Mermaid and DOT diagrams).
 */
public final class SchemaText {

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private SchemaText() {
    }

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

    static boolean isNonCharacter(int c) {
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

    /** {@code U+00AD}: a code point as Unicode writes it. */
    static String codePoint(int c) {
        String hex = Integer.toHexString(c).toUpperCase(Locale.ROOT);
        return "U+" + "0".repeat(Math.max(0, 4 - hex.length())) + hex;
    }

    /** Appends {@code \}{@code uXXXX} for each UTF-16 unit of {@code codePoint}. */
    static void appendUnicodeEscapes(StringBuilder out, int codePoint) {
        for (char unit : Character.toChars(codePoint)) {
            out.append("\\u").append(HEX[(unit >> 12) & 0xF]).append(HEX[(unit >> 8) & 0xF])
                    .append(HEX[(unit >> 4) & 0xF]).append(HEX[unit & 0xF]);
        }
    }
}
