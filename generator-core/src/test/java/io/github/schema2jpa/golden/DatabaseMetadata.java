package io.github.schema2jpa.golden;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What the database says about the tables Hibernate created: the DDL facts that Hibernate's schema validator does not
 * compare. A table is named as H2 stores an unquoted name, in upper case ({@code "PACKAGES"}), or exactly as quoted
 * ({@code "order"}); names come back in upper case, on H2 and on PostgreSQL alike (PostgreSQL stores unquoted names in
 * lower case).
 */
final class DatabaseMetadata {

    /** A foreign key as the table that holds it sees it. */
    record ForeignKey(String name, String column, String referencedTable, String referencedColumn, short deleteRule) {
    }

    private final Database database;

    DatabaseMetadata(Database database) {
        this.database = database;
    }

    /** The tables of the current schema. */
    List<String> tables() throws SQLException {
        return read(null, (metadata, schema, name) -> metadata.getTables(null, schema, "%", new String[] {"TABLE"}),
                "TABLE_NAME");
    }

    List<String> columns(String table) throws SQLException {
        return read(table, (metadata, schema, name) -> metadata.getColumns(null, schema, name, null), "COLUMN_NAME");
    }

    List<String> primaryKey(String table) throws SQLException {
        return read(table, (metadata, schema, name) -> metadata.getPrimaryKeys(null, schema, name), "COLUMN_NAME");
    }

    /** Names of the foreign keys that {@code table} holds. */
    List<String> foreignKeys(String table) throws SQLException {
        return importedKeys(table).stream().map(ForeignKey::name).toList();
    }

    /** The foreign keys that {@code table} holds, one entry per column. */
    List<ForeignKey> importedKeys(String table) throws SQLException {
        List<ForeignKey> keys = new ArrayList<>();
        try (Connection connection = database.connect()) {
            DatabaseMetaData metadata = connection.getMetaData();
            try (ResultSet rows = metadata.getImportedKeys(null, connection.getSchema(), stored(metadata, table))) {
                while (rows.next()) {
                    keys.add(new ForeignKey(upper(rows.getString("FK_NAME")), upper(rows.getString("FKCOLUMN_NAME")),
                            upper(rows.getString("PKTABLE_NAME")), upper(rows.getString("PKCOLUMN_NAME")),
                            rows.getShort("DELETE_RULE")));
                }
            }
        }
        return keys;
    }

    /**
     * The name as this database stores an unquoted identifier: {@code PACKAGES} is {@code packages} on PostgreSQL.
     * A name that is not all upper case was quoted, and is stored as it is.
     */
    static String stored(DatabaseMetaData metadata, String name) throws SQLException {
        boolean unquoted = name.equals(upper(name));
        return unquoted && metadata.storesLowerCaseIdentifiers() ? name.toLowerCase(Locale.ROOT) : name;
    }

    private static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private interface Query {
        ResultSet run(DatabaseMetaData metadata, String schema, String table) throws SQLException;
    }

    private List<String> read(String table, Query query, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = database.connect()) {
            DatabaseMetaData metadata = connection.getMetaData();
            String name = table == null ? null : stored(metadata, table);
            try (ResultSet rows = query.run(metadata, connection.getSchema(), name)) {
                while (rows.next()) {
                    values.add(upper(rows.getString(column)));
                }
            }
        }
        return values;
    }
}
