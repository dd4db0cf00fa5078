package io.github.schema2jpa.schema;

import java.math.BigDecimal;
import java.time.temporal.Temporal;
import java.util.UUID;

/**
 * A column's client-side {@code default}, parsed once ({@link ColumnDefaults#parse}) into a value of the column's
 * Java type. Later stages read the value; the few kinds whose generated code parses the value again at run time
 * ({@code BigDecimal}, dates and times, UUIDs) also keep the text as the schema wrote it, which that code holds.
 * {@link #accept} goes through the kinds with the compiler's help: a new kind is a new method of {@link Cases}.
 */
public sealed interface ColumnDefault {

    <R> R accept(Cases<R> cases);

    /** One method per kind of default. */
    interface Cases<R> {
        R now();

        R text(String value);

        R bool(boolean value);

        R intValue(int value);

        R longValue(long value);

        R shortValue(short value);

        R floatValue(float value);

        R doubleValue(double value);

        R decimal(BigDecimal value, String written);

        /** A {@code LocalDate}, {@code LocalTime}, {@code LocalDateTime} or {@code OffsetDateTime}. */
        R temporal(Temporal value, String written);

        R uuid(UUID value, String written);

        R enumConstant(String name);
    }

    /** The current date or time when the row is inserted: {@code default: now}. */
    record Now() implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.now();
        }
    }

    record TextValue(String value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.text(value);
        }
    }

    record BooleanValue(boolean value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.bool(value);
        }
    }

    record IntValue(int value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.intValue(value);
        }
    }

    record LongValue(long value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.longValue(value);
        }
    }

    record ShortValue(short value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.shortValue(value);
        }
    }

    record FloatValue(float value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.floatValue(value);
        }
    }

    record DoubleValue(double value) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.doubleValue(value);
        }
    }

    record DecimalValue(BigDecimal value, String written) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.decimal(value, written);
        }
    }

    record TemporalValue(Temporal value, String written) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.temporal(value, written);
        }
    }

    record UuidValue(UUID value, String written) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.uuid(value, written);
        }
    }

    /** The constant of the column's generated enum. */
    record EnumConstant(String name) implements ColumnDefault {
        @Override
        public <R> R accept(Cases<R> cases) {
            return cases.enumConstant(name);
        }
    }
}
