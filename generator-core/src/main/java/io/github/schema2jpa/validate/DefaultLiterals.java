package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.text.SchemaText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;

/** Checks that a column's client-side {@code default} is {@code now} for a date or time, or a literal of its type. */
final class DefaultLiterals {

    /** The default that means "the current date or time when the row is inserted". */
    static final String NOW = "now";

    private DefaultLiterals() {
    }

    static void check(Column column, ColumnType type, Located<String> value, Diagnostics diagnostics) {
        String text = value.value();
        if (text.equals(NOW)) {
            if (!type.isTemporal()) {
                diagnostics.error(value.location(), "default 'now' applies to date and time columns, not " + type.word());
            }
            return;
        }
        if (type == ColumnType.DECIMAL && SchemaText.isNonFiniteWord(text)) {
            diagnostics.error(value.location(), "default '" + SchemaText.shown(text) + "' is not a valid decimal"
                    + " value: a decimal (BigDecimal) has no NaN or infinity; make the column float or double");
        } else if (!fits(type, text, column)) {
            diagnostics.error(value.location(), "default '" + SchemaText.shown(text) + "' is not a valid "
                    + type.word() + " value" + (type == ColumnType.FLOAT || type == ColumnType.DOUBLE
                            ? Suggestions.didYouMean(text, List.of("NaN", "Infinity", "-Infinity")) : ""));
        } else if (outOfRange(type, text)) {
            diagnostics.error(value.location(), "default '" + SchemaText.shown(text) + "' is too large for a "
                    + type.word() + " column; write Infinity if that is what it means");
        } else {
            checkSize(column, type, value, diagnostics);
        }
    }

    /** Hibernate's column length, precision and scale when the schema gives none. */
    private static final int DEFAULT_LENGTH = 255;
    private static final int DEFAULT_PRECISION = 38;
    private static final int DEFAULT_SCALE = 2;

    /**
     * A default the column cannot hold would make every insert without a value fail: a string longer than the
     * column's length, a decimal with more digits before the point than precision minus scale.
     */
    private static void checkSize(Column column, ColumnType type, Located<String> value, Diagnostics diagnostics) {
        String text = value.value();
        if (type == ColumnType.STRING) {
            int length = column.length().map(Located::value).orElse(DEFAULT_LENGTH);
            // H2 counts UTF-16 units: an emoji is two of its characters
            int characters = text.length();
            if (characters > length) {
                diagnostics.error(value.location(), "default of column '" + column.name() + "' is " + characters
                        + " characters long" + (characters == text.codePointCount(0, characters) ? ""
                                : " as H2 counts them (two for each character beyond U+FFFF)")
                        + ", but the column holds at most " + length + ": every insert that leaves it"
                        + " to the default would fail; give the column a length of at least " + characters
                        + ", or a shorter default");
            }
        } else if (type == ColumnType.DECIMAL) {
            BigDecimal number = new BigDecimal(text.strip());
            int precision = column.precision().map(Located::value).orElse(DEFAULT_PRECISION);
            int scale = column.scale().map(Located::value).orElse(DEFAULT_SCALE);
            if (number.signum() == 0) {
                return;
            }
            long digits = (long) number.precision() - number.scale();
            if (digits == precision - scale && number.scale() > scale) {
                // rounding to the scale may carry into one more digit: 99.999 at scale 2 is 100.00
                BigDecimal rounded = number.setScale(scale, java.math.RoundingMode.HALF_UP);
                digits = (long) rounded.precision() - rounded.scale();
            }
            if (digits > precision - scale) {
                diagnostics.error(value.location(), "default '" + SchemaText.shown(text) + "' of column '"
                        + column.name() + "' has " + digits + " digits before the point, but precision " + precision
                        + " and scale " + scale + " leave " + (precision - scale) + ": every insert that leaves it to"
                        + " the default would fail; raise the precision, or write a smaller default");
            }
        }
    }

    /** A finite number that a float or double cannot hold: Java reads it as infinity, and javac refuses it. */
    private static boolean outOfRange(ColumnType type, String text) {
        if (SchemaText.isNonFiniteWord(text)) {
            return false;
        }
        return switch (type) {
            case FLOAT -> Float.isInfinite(Float.parseFloat(text.strip()));
            case DOUBLE -> Double.isInfinite(Double.parseDouble(text.strip()));
            default -> false;
        };
    }

    private static boolean fits(ColumnType type, String text, Column column) {
        try {
            switch (type) {
                case STRING, TEXT -> {
                    return true;
                }
                case INTEGER -> Integer.parseInt(text);
                case BIGINT -> Long.parseLong(text);
                case SMALLINT -> Short.parseShort(text);
                case BOOLEAN -> {
                    return text.equals("true") || text.equals("false");
                }
                case FLOAT, DOUBLE -> SchemaText.floatingValue(text);
                case DECIMAL -> new BigDecimal(text);
                case DATE -> LocalDate.parse(text);
                case TIME -> LocalTime.parse(text);
                case DATETIME -> LocalDateTime.parse(text);
                case TIMESTAMPTZ -> OffsetDateTime.parse(text);
                case UUID -> UUID.fromString(text);
                case ENUM -> {
                    return column.values().stream().anyMatch(v -> v.value().equals(text));
                }
                case BINARY -> {
                    return false;
                }
            }
            return true;
        } catch (NumberFormatException | DateTimeParseException e) {
            return false;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
