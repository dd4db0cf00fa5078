package io.github.schema2jpa.text;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;

/** Schema text as SQL names: what makes a plain SQL name, the names conventions make, and quoted identifiers. */
public final class SqlText {

    /** PostgreSQL's limit on identifiers, in bytes (NAMEDATALEN - 1); longer ones are silently truncated there. */
    public static final int MAX_SQL_NAME_BYTES = 63;

    private SqlText() {
    }

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
        Optional<Integer> invisible = SchemaText.firstInvisible(name);
        if (invisible.isPresent()) {
            return Optional.of("holds " + SchemaText.describe(invisible.get()) + ", an invisible character");
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
            if (SchemaText.isInvisible(c)) {
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
}
