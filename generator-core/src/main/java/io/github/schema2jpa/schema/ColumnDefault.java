package io.github.schema2jpa.schema;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.UUID;

/**
 * A column's client-side {@code default}, parsed once ({@link ColumnDefaults#parse}) into a value of the column's
 * Java type. Later stages read the value; the kinds whose generated code parses the value again at run time
 * ({@code BigDecimal}, dates and times, UUIDs) also keep the text as the schema wrote it, which that code holds.
 */
public sealed interface ColumnDefault {

    /** The current date or time when the row is inserted: {@code default: now}. */
    record Now() implements ColumnDefault {
    }

    record TextValue(String value) implements ColumnDefault {
    }

    record BooleanValue(boolean value) implements ColumnDefault {
    }

    record IntValue(int value) implements ColumnDefault {
    }

    record LongValue(long value) implements ColumnDefault {
    }

    record ShortValue(short value) implements ColumnDefault {
    }

    record FloatValue(float value) implements ColumnDefault {
    }

    record DoubleValue(double value) implements ColumnDefault {
    }

    record DecimalValue(BigDecimal value, String written) implements ColumnDefault {
    }

    /** A {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime} or {@code OffsetDateTime}. */
    record TemporalValue(Temporal value, String written) implements ColumnDefault {
    }

    record UuidValue(UUID value, String written) implements ColumnDefault {
    }

    /** The constant of the column's generated enum. */
    record EnumConstant(String name) implements ColumnDefault {
    }
}
