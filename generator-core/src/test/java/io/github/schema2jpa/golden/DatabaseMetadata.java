package io.github.schema2jpa.golden;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * What the database says about the tables Hibernate created: the DDL facts that Hibernate's schema validator does not
 * compare. Names are as H2 stores them, in upper case.
 */
final class DatabaseMetadata {

    private final String url;

    DatabaseMetadata(H2Database database) {
        this.url = database.url();
    }

    List<String> columns(String table) throws SQLException {
        return read(metadata -> metadata.getColumns(null, null, table, null), "COLUMN_NAME");
    }

    List<String> primaryKey(String table) throws SQLException {
        return read(metadata -> metadata.getPrimaryKeys(null, null, table), "COLUMN_NAME");
    }

    /** Names of the foreign keys that {@code table} holds. */
    List<String> foreignKeys(String table) throws SQLException {
        return read(metadata -> metadata.getImportedKeys(null, null, table), "FK_NAME");
    }

    private interface Query {
        ResultSet run(DatabaseMetaData metadata) throws SQLException;
    }

    private List<String> read(Query query, String column) throws SQLException {
        List<String> values = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url, "sa", "");
                ResultSet rows = query.run(connection.getMetaData())) {
            while (rows.next()) {
                values.add(rows.getString(column));
            }
        }
        return values;
    }
}
