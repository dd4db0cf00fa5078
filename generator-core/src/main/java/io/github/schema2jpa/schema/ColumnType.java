package io.github.schema2jpa.schema;

import java.util.Locale;

/** The column types a schema can name. */
public enum ColumnType implements Keyword {
    STRING,
    TEXT,
    INTEGER,
    BIGINT,
    SMALLINT,
    BOOLEAN,
    FLOAT,
    DOUBLE,
    DECIMAL,
    DATE,
    TIME,
    DATETIME,
    TIMESTAMPTZ,
    UUID,
    BINARY,
    ENUM;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isIntegral() {
        return this == INTEGER || this == BIGINT || this == SMALLINT;
    }

    public boolean isTemporal() {
        return this == DATE || this == TIME || this == DATETIME || this == TIMESTAMPTZ;
    }

    /** Whether {@code length} applies. */
    public boolean hasLength() {
        return this == STRING || this == BINARY;
    }
}
