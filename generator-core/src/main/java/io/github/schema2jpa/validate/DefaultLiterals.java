package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.Located;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
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
        if (!fits(type, text, column)) {
            diagnostics.error(value.location(), "default '" + text + "' is not a " + type.word() + " value");
        }
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
                case FLOAT -> Float.parseFloat(text);
                case DOUBLE -> Double.parseDouble(text);
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
