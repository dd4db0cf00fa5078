package io.github.schema2jpa;

/**
 * Choices about the generated code that are not part of a schema.
 *
 * @param timestampWithTimeZone the Java type of {@code timestamptz} columns
 * @param sequenceAllocationSize allocation size of generated sequences; the DDL Hibernate creates uses the same
 *     increment, so inserts can be batched
 * @param repositories whether a Spring Data repository is generated beside each entity (the {@code repositories}
 *     output, added to the requested targets)
 */
public record GeneratorOptions(TimestampWithTimeZoneType timestampWithTimeZone, int sequenceAllocationSize,
        boolean repositories) {

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
        return new GeneratorOptions(TimestampWithTimeZoneType.OFFSET_DATE_TIME, 50, false);
    }

    public GeneratorOptions withTimestampWithTimeZone(TimestampWithTimeZoneType type) {
        return new GeneratorOptions(type, sequenceAllocationSize, repositories);
    }

    public GeneratorOptions withSequenceAllocationSize(int size) {
        return new GeneratorOptions(timestampWithTimeZone, size, repositories);
    }

    public GeneratorOptions withRepositories(boolean on) {
        return new GeneratorOptions(timestampWithTimeZone, sequenceAllocationSize, on);
    }
}
