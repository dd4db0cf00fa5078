package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.testing.TestDatabase;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The SQL type family each column type names is the one Hibernate's DDL gives its column: an entity with a column
 * of every type is generated, compiled and created on H2, whose information schema names types as the SQL standard
 * does. A new column type is in the entity without being listed here.
 */
class SqlTypeFamilyTest {

    @TempDir
    Path work;

    @Test
    void hibernateCreatesEachColumnWithItsTypesSqlFamily() throws Exception {
        StringBuilder yaml = new StringBuilder("schema2jpa: 1\npackage: org.example.everytype\ntables:\n  things:\n"
                + "    columns:\n      id: { type: integer, primary_key: true }\n");
        for (ColumnType type : ColumnType.values()) {
            yaml.append("      c_").append(type.word()).append(": { type: ").append(type.word())
                    .append(type.generatesEnum() ? ", values: [A, BB]" : "").append(" }\n");
        }
        Path schema = Files.writeString(work.resolve("every-type.yaml"), yaml);
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), work.resolve("src")));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(Javac.compile(work.resolve("src"), work.resolve("classes"))).isEmpty();
        Database database = new Database(TestDatabase.h2());
        try (URLClassLoader loader = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
                getClass().getClassLoader())) {
            database.boot(List.of(loader.loadClass("org.example.everytype.Thing")), Action.CREATE).close();
        }
        Map<String, String> expected = new LinkedHashMap<>();
        for (ColumnType type : ColumnType.values()) {
            // Hibernate gives an enum column H2's own ENUM type, which holds the constants' names
            expected.put("C_" + type.name(), type.generatesEnum() ? "ENUM" : type.facts().sqlTypeFamily().standardName());
        }
        assertThat(columnTypes(database)).containsAllEntriesOf(expected);
    }

    private static Map<String, String> columnTypes(Database database) throws SQLException {
        Map<String, String> types = new LinkedHashMap<>();
        try (Connection connection = database.connect();
                ResultSet rows = connection.createStatement().executeQuery("SELECT COLUMN_NAME, DATA_TYPE FROM"
                        + " INFORMATION_SCHEMA.COLUMNS WHERE TABLE_NAME = 'THINGS' ORDER BY ORDINAL_POSITION")) {
            while (rows.next()) {
                types.put(rows.getString(1), rows.getString(2));
            }
        }
        return types;
    }
}
