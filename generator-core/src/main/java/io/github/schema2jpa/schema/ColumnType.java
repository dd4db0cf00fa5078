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
    STRING(ColumnJavaType.of(String.class), ColumnSize.LENGTH, false, DefaultKind.TEXT, SqlTypeFamily.CHARACTER_VARYING),
    TEXT(ColumnJavaType.of(String.class), ColumnSize.LONG32, true, DefaultKind.TEXT, SqlTypeFamily.CHARACTER_LARGE_OBJECT),
    INTEGER(ColumnJavaType.of(Integer.class), ColumnSize.NONE, false, DefaultKind.INT, SqlTypeFamily.INTEGER),
    BIGINT(ColumnJavaType.of(Long.class), ColumnSize.NONE, false, DefaultKind.LONG, SqlTypeFamily.BIGINT),
    SMALLINT(ColumnJavaType.of(Short.class), ColumnSize.NONE, false, DefaultKind.SHORT, SqlTypeFamily.SMALLINT),
    BOOLEAN(ColumnJavaType.of(Boolean.class), ColumnSize.NONE, false, DefaultKind.BOOLEAN, SqlTypeFamily.BOOLEAN),
    FLOAT(ColumnJavaType.of(Float.class), ColumnSize.NONE, false, DefaultKind.FLOAT, SqlTypeFamily.REAL),
    DOUBLE(ColumnJavaType.of(Double.class), ColumnSize.NONE, false, DefaultKind.DOUBLE, SqlTypeFamily.DOUBLE_PRECISION),
    DECIMAL(ColumnJavaType.of(BigDecimal.class), ColumnSize.PRECISION_AND_SCALE, false, DefaultKind.DECIMAL,
            SqlTypeFamily.NUMERIC),
    DATE(ColumnJavaType.of(LocalDate.class), ColumnSize.NONE, false, DefaultKind.DATE, SqlTypeFamily.DATE),
    TIME(ColumnJavaType.of(LocalTime.class), ColumnSize.NONE, false, DefaultKind.TIME, SqlTypeFamily.TIME),
    DATETIME(ColumnJavaType.of(LocalDateTime.class), ColumnSize.NONE, false, DefaultKind.DATETIME,
            SqlTypeFamily.TIMESTAMP),
    TIMESTAMPTZ(new ColumnJavaType.TimestampWithTimeZone(), ColumnSize.NONE, false, DefaultKind.TIMESTAMPTZ,
            SqlTypeFamily.TIMESTAMP_WITH_TIME_ZONE),
    UUID(ColumnJavaType.of(java.util.UUID.class), ColumnSize.NONE, false, DefaultKind.UUID, SqlTypeFamily.UUID),
    BINARY(ColumnJavaType.of(byte[].class), ColumnSize.LENGTH, true, DefaultKind.NONE, SqlTypeFamily.BINARY_VARYING),
    ENUM(new ColumnJavaType.GeneratedEnum(), ColumnSize.LONGEST_VALUE, false, DefaultKind.ENUM_CONSTANT,
            SqlTypeFamily.CHARACTER_VARYING);

    private final ColumnJavaType javaType;
    private final ColumnSize size;
    private final boolean large;
    private final DefaultKind defaultKind;
    private final SqlTypeFamily sqlTypeFamily;

    ColumnType(ColumnJavaType javaType, ColumnSize size, boolean large, DefaultKind defaultKind,
            SqlTypeFamily sqlTypeFamily) {
        this.javaType = javaType;
        this.size = size;
        this.large = large;
        this.defaultKind = defaultKind;
        this.sqlTypeFamily = sqlTypeFamily;
    }

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The Java type of the column's values. */
    public ColumnJavaType javaType() {
        return javaType;
    }

    /** Whether the column's values are the constants of an enum generated for it. */
    public boolean generatesEnum() {
        return javaType instanceof ColumnJavaType.GeneratedEnum;
    }

    /** Which size options the column takes, and the size it has without them. */
    public ColumnSize size() {
        return size;
    }

    /** Whether values are large ({@code text}, {@code binary}): they stay out of {@code toString}. */
    public boolean isLarge() {
        return large;
    }

    /** How a client-side {@code default} of the column is written and read. */
    public DefaultKind defaultKind() {
        return defaultKind;
    }

    /** The standard SQL type family of the column, as a DDL would declare it. */
    public SqlTypeFamily sqlTypeFamily() {
        return sqlTypeFamily;
    }

    /** Whether values are whole numbers, which can count a version or be generated as a key. */
    public boolean isIntegral() {
        return defaultKind.isIntegral();
    }

    /** Whether values are dates or times, which a default of {@code now} can give. */
    public boolean isTemporal() {
        return defaultKind.isTemporal();
    }

    /** Whether {@code length} applies. */
    public boolean hasLength() {
        return size == ColumnSize.LENGTH;
    }

    /** Whether {@code precision} and {@code scale} apply. */
    public boolean hasPrecision() {
        return size == ColumnSize.PRECISION_AND_SCALE;
    }

    /**
     * Whether Hibernate's UUID generator can fill a key of this type: its values are UUIDs or strings, and not large
     * (a large value cannot be a key on every database).
     */
    public boolean holdsGeneratedUuid() {
        return !large && (javaType.equals(ColumnJavaType.of(java.util.UUID.class))
                || javaType.equals(ColumnJavaType.of(String.class)));
    }

    /**
     * Whether a foreign key column of this type can reference a key of type {@code key}: the same type, or another
     * whose values are of the same Java class ({@code string} and {@code text}, both {@code String}).
     */
    public boolean canReference(ColumnType key) {
        return this == key || (javaType instanceof ColumnJavaType.Fixed own && key.javaType.equals(own));
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
