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
