package io.github.schema2jpa.schema;

/** The Java type of a column type's values. Wrapper types throughout, so that "not set" is {@code null}, as in SQL. */
public sealed interface ColumnJavaType {

    /** Always this class. */
    record Fixed(Class<?> type) implements ColumnJavaType {
    }

    /**
     * {@code OffsetDateTime}, or {@code Instant} when the generator is told to map timestamps with a time zone so
     * (the {@code timestampWithTimeZone} option).
     */
    record TimestampWithTimeZone() implements ColumnJavaType {
    }

    /** The enum generated for the column, one constant per value. */
    record GeneratedEnum() implements ColumnJavaType {
    }
}
