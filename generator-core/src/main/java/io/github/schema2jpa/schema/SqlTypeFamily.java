package io.github.schema2jpa.schema;

import java.sql.JDBCType;

/**
 * The standard SQL type family of a column, which a DDL declares and a database reports back: the family's name in
 * the SQL standard (PostgreSQL's and H2's name where the standard has none) and its JDBC type.
 */
public enum SqlTypeFamily {
    CHARACTER_VARYING("CHARACTER VARYING", JDBCType.VARCHAR),
    CHARACTER_LARGE_OBJECT("CHARACTER LARGE OBJECT", JDBCType.CLOB),
    SMALLINT("SMALLINT", JDBCType.SMALLINT),
    INTEGER("INTEGER", JDBCType.INTEGER),
    BIGINT("BIGINT", JDBCType.BIGINT),
    BOOLEAN("BOOLEAN", JDBCType.BOOLEAN),
    REAL("REAL", JDBCType.REAL),
    DOUBLE_PRECISION("DOUBLE PRECISION", JDBCType.DOUBLE),
    NUMERIC("NUMERIC", JDBCType.NUMERIC),
    DATE("DATE", JDBCType.DATE),
    TIME("TIME", JDBCType.TIME),
    TIMESTAMP("TIMESTAMP", JDBCType.TIMESTAMP),
    TIMESTAMP_WITH_TIME_ZONE("TIMESTAMP WITH TIME ZONE", JDBCType.TIMESTAMP_WITH_TIMEZONE),
    UUID("UUID", JDBCType.OTHER),
    BINARY_VARYING("BINARY VARYING", JDBCType.VARBINARY);

    private final String standardName;
    private final JDBCType jdbcType;

    SqlTypeFamily(String standardName, JDBCType jdbcType) {
        this.standardName = standardName;
        this.jdbcType = jdbcType;
    }

    /** The type's name in the SQL standard, as a DDL writes it. */
    public String standardName() {
        return standardName;
    }

    /** The JDBC type of the family. */
    public JDBCType jdbcType() {
        return jdbcType;
    }
}
