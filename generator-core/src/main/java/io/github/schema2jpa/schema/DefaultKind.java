package io.github.schema2jpa.schema;

/** How a column type's client-side {@code default} is written in a schema, and which value it becomes. */
public enum DefaultKind {
    /** Any text, as it is. */
    TEXT,
    /** {@code true} or {@code false}. */
    BOOLEAN,
    /** A Java {@code int}. */
    INT,
    /** A Java {@code long}. */
    LONG,
    /** A Java {@code short}. */
    SHORT,
    /** A Java {@code float}, finite or not ({@code NaN}, {@code Infinity}, {@code .inf}...). */
    FLOAT,
    /** A Java {@code double}, finite or not. */
    DOUBLE,
    /** A {@code BigDecimal}: finite only. */
    DECIMAL,
    /** An ISO date, or {@code now}. */
    DATE,
    /** An ISO time, or {@code now}. */
    TIME,
    /** An ISO date and time, or {@code now}. */
    DATETIME,
    /** An ISO date and time with an offset, or {@code now}. */
    TIMESTAMPTZ,
    /** A UUID. */
    UUID,
    /** One of the column's values. */
    ENUM_CONSTANT,
    /** No default can be written. */
    NONE;

    public boolean isIntegral() {
        return this == INT || this == LONG || this == SHORT;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DATETIME || this == TIMESTAMPTZ;
    }
}
