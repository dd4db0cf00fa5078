package io.github.schema2jpa;

/**
 * Choices about the generated code that are not part of a schema.
 *
 * @param timestampWithTimeZone the Java type of {@code timestamptz} columns
 * @param sequenceAllocationSize allocation size of generated sequences; the DDL Hibernate creates uses the same
 *     increment, so inserts can be batched
 */
public record GeneratorOptions(TimestampWithTimeZoneType timestampWithTimeZone, int sequenceAllocationSize) {

    /** Java types that can hold a {@code timestamptz} column. */
    public enum TimestampWithTimeZoneType {
        OFFSET_DATE_TIME,
        INSTANT
    }

    public GeneratorOptions {
        if (timestampWithTimeZone == null) {
            throw new IllegalArgumentException("timestampWithTimeZone must be given");
        }
        if (sequenceAllocationSize < 1) {
            throw new IllegalArgumentException("sequenceAllocationSize must be at least 1, was " + sequenceAllocationSize);
        }
    }

    public static GeneratorOptions defaults() {
        return new GeneratorOptions(TimestampWithTimeZoneType.OFFSET_DATE_TIME, 50);
    }

    public GeneratorOptions withTimestampWithTimeZone(TimestampWithTimeZoneType type) {
        return new GeneratorOptions(type, sequenceAllocationSize);
    }

    public GeneratorOptions withSequenceAllocationSize(int size) {
        return new GeneratorOptions(timestampWithTimeZone, size);
    }
}
