package io.github.schema2jpa.schema;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

/**
 * The column types a schema can name, each with every fact the generator knows about it: the Java type of its
 * values, which size options it takes, whether its values are large, how its default is written, and the standard
 * SQL type family a DDL would give it. A new column type is one constant here; everything else reads these facts.
 */
public enum ColumnType implements Keyword {
    STRING(of(String.class, DefaultKind.TEXT, SqlTypeFamily.CHARACTER_VARYING).sized(ColumnSize.LENGTH)),
    TEXT(of(String.class, DefaultKind.TEXT, SqlTypeFamily.CHARACTER_LARGE_OBJECT).sized(ColumnSize.LONG32)
            .withLargeValues()),
    INTEGER(of(Integer.class, DefaultKind.INT, SqlTypeFamily.INTEGER)),
    BIGINT(of(Long.class, DefaultKind.LONG, SqlTypeFamily.BIGINT)),
    SMALLINT(of(Short.class, DefaultKind.SHORT, SqlTypeFamily.SMALLINT)),
    BOOLEAN(of(Boolean.class, DefaultKind.BOOLEAN, SqlTypeFamily.BOOLEAN)),
    FLOAT(of(Float.class, DefaultKind.FLOAT, SqlTypeFamily.REAL)),
    DOUBLE(of(Double.class, DefaultKind.DOUBLE, SqlTypeFamily.DOUBLE_PRECISION)),
    DECIMAL(of(BigDecimal.class, DefaultKind.DECIMAL, SqlTypeFamily.NUMERIC).sized(ColumnSize.PRECISION_AND_SCALE)),
    DATE(of(LocalDate.class, DefaultKind.DATE, SqlTypeFamily.DATE)),
    TIME(of(LocalTime.class, DefaultKind.TIME, SqlTypeFamily.TIME)),
    DATETIME(of(LocalDateTime.class, DefaultKind.DATETIME, SqlTypeFamily.TIMESTAMP)),
    TIMESTAMPTZ(of(new ColumnJavaType.TimestampWithTimeZone(), DefaultKind.TIMESTAMPTZ,
            SqlTypeFamily.TIMESTAMP_WITH_TIME_ZONE)),
    UUID(of(java.util.UUID.class, DefaultKind.UUID, SqlTypeFamily.UUID)),
    BINARY(of(byte[].class, DefaultKind.NONE, SqlTypeFamily.BINARY_VARYING).sized(ColumnSize.LENGTH).withLargeValues()),
    ENUM(of(new ColumnJavaType.GeneratedEnum(), DefaultKind.ENUM_CONSTANT, SqlTypeFamily.CHARACTER_VARYING)
            .sized(ColumnSize.LONGEST_VALUE));

    /**
     * What the generator knows about a column type.
     *
     * @param javaType the Java type of the column's values
     * @param size which size options the column takes, and the size it has without them
     * @param large whether values are large ({@code text}, {@code binary}): they stay out of {@code toString}
     * @param defaultKind how a client-side {@code default} of the column is written and read
     * @param sqlTypeFamily the standard SQL type family of the column, as a DDL would declare it
     */
    public record Facts(ColumnJavaType javaType, ColumnSize size, boolean large, DefaultKind defaultKind,
            SqlTypeFamily sqlTypeFamily) {

        /** These facts, with the size options {@code size}. */
        Facts sized(ColumnSize size) {
            return new Facts(javaType, size, large, defaultKind, sqlTypeFamily);
        }

        /** These facts, for values too large for {@code toString}. */
        Facts withLargeValues() {
            return new Facts(javaType, size, true, defaultKind, sqlTypeFamily);
        }
    }

    private final Facts facts;

    ColumnType(Facts facts) {
        this.facts = facts;
    }

    /** The facts of a type of fixed size whose values are of class {@code javaType} and not large. */
    private static Facts of(Class<?> javaType, DefaultKind defaultKind, SqlTypeFamily sqlTypeFamily) {
        return of(new ColumnJavaType.Fixed(javaType), defaultKind, sqlTypeFamily);
    }

    private static Facts of(ColumnJavaType javaType, DefaultKind defaultKind, SqlTypeFamily sqlTypeFamily) {
        return new Facts(javaType, ColumnSize.NONE, false, defaultKind, sqlTypeFamily);
    }

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Every fact of the type. */
    public Facts facts() {
        return facts;
    }

    /** Whether values are large ({@code text}, {@code binary}): they stay out of {@code toString}. */
    public boolean isLarge() {
        return facts.large();
    }

    /** Whether the column's values are the constants of an enum generated for it. */
    public boolean generatesEnum() {
        return facts.javaType() instanceof ColumnJavaType.GeneratedEnum;
    }

    /** Whether values are whole numbers, which can count a version or be generated as a key. */
    public boolean isIntegral() {
        return facts.defaultKind().isIntegral();
    }

    /** Whether values are dates or times, which a default of {@code now} can give. */
    public boolean isTemporal() {
        return facts.defaultKind().isTemporal();
    }

    /** Whether {@code length} applies. */
    public boolean hasLength() {
        return facts.size() == ColumnSize.LENGTH;
    }

    /** Whether {@code precision} and {@code scale} apply. */
    public boolean hasPrecision() {
        return facts.size() == ColumnSize.PRECISION_AND_SCALE;
    }

    /**
     * Whether Hibernate's UUID generator can fill a key of this type: its values are UUIDs or strings, and not large
     * (a large value cannot be a key on every database).
     */
    public boolean holdsGeneratedUuid() {
        return !facts.large() && (facts.javaType().equals(new ColumnJavaType.Fixed(java.util.UUID.class))
                || facts.javaType().equals(new ColumnJavaType.Fixed(String.class)));
    }

    /**
     * Whether a foreign key column of this type can reference a key of type {@code key}: the same type, or another
     * whose values are of the same Java class ({@code string} and {@code text}, both {@code String}).
     */
    public boolean canReference(ColumnType key) {
        return this == key || (facts.javaType() instanceof ColumnJavaType.Fixed own && key.facts.javaType().equals(own));
    }

    /** The words of the types that have {@code fact}, as a message lists them: {@code string and binary}. */
    public static String wordsWhere(Predicate<ColumnType> fact, String conjunction) {
        List<String> words = Arrays.stream(values()).filter(fact).map(ColumnType::word).toList();
        if (words.size() < 2) {
            return String.join("", words);
        }
        return String.join(", ", words.subList(0, words.size() - 1)) + " " + conjunction + " "
                + words.get(words.size() - 1);
    }
}
