package io.github.schema2jpa.schema;

/** Which size options a column type takes, and how large its column is without them. */
public enum ColumnSize {
    /** No size option: the type has a fixed size. */
    NONE,
    /** {@code length}; Hibernate's 255 when not given. */
    LENGTH,
    /** {@code precision} and {@code scale}; Hibernate's 38 and 2 when not given. */
    PRECISION_AND_SCALE,
    /** No option: as long as the longest of the column's values. */
    LONGEST_VALUE,
    /** No option: as long as the database allows ({@code org.hibernate.Length.LONG32}). */
    LONG32
}
