package io.github.schema2jpa.schema;

import java.sql.JDBCType;

/**
 * The standard SQL type family of a column, which a DDL declares and a database reports back: the family's name in
 * the SQL standard (PostgreSQL's and H2's name where the standard has none) and its JDBC type.
 */
public enum SqlTypeFamily {
    CHARACTER_VARYING(JDBCType.VARCHAR),
    CHARACTER_LARGE_OBJECT(JDBCType.CLOB),
    SMALLINT(JDBCType.SMALLINT),
    INTEGER(JDBCType.INTEGER),
    BIGINT(JDBCType.BIGINT),
    BOOLEAN(JDBCType.BOOLEAN),
    REAL(JDBCType.REAL),
    DOUBLE_PRECISION(JDBCType.DOUBLE),
    NUMERIC(JDBCType.NUMERIC),
    DATE(JDBCType.DATE),
    TIME(JDBCType.TIME),
    TIMESTAMP(JDBCType.TIMESTAMP),
    TIMESTAMP_WITH_TIME_ZONE(JDBCType.TIMESTAMP_WITH_TIMEZONE),
    UUID(JDBCType.OTHER),
    BINARY_VARYING(JDBCType.VARBINARY);

    private final JDBCType jdbcType;

    SqlTypeFamily(JDBCType jdbcType) {
        this.jdbcType = jdbcType;
    }

    /** The type's name in the SQL standard, as a DDL writes it: the constant's name, words apart. */
    public String standardName() {
        return name().replace('_', ' ');
    }

    /** The JDBC type of the family. */
    public JDBCType jdbcType() {
        return jdbcType;
    }
}
