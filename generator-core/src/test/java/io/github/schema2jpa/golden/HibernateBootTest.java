package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.Schema2Jpa;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hibernate boots on the test run's database (H2 or PostgreSQL) with the golden entities of each schema, creates the schema, and a second boot validates
 * it. The DDL facts Hibernate's validator does not compare are checked through JDBC metadata.
 */
class HibernateBootTest {

    /** The golden entity classes of every schema in the repository. */
    static Stream<Arguments> entitySets() {
        return RepositorySchemas.all().stream().map(schema -> {
            List<Class<?>> classes = new ArrayList<>();
            GenerationRequest request = GenerationRequest.of(List.of(schema), Path.of("target/not-written"));
            for (String name : new Schema2Jpa().check(request).entities()) {
                try {
                    classes.add(Class.forName(name));
                } catch (ClassNotFoundException e) {
                    throw new AssertionError("no golden class " + name + " for " + schema, e);
                }
            }
            return Arguments.of(schema.getFileName().toString(), classes);
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("entitySets")
    void createsThenValidatesTheSchema(String name, List<Class<?>> entities) {
        Database database = new Database();
        try (EntityManagerFactory created = database.boot(entities, Action.CREATE)) {
            assertThat(created.getMetamodel().getEntities()).hasSize(entities.size());
        }
        try (EntityManagerFactory validated = database.boot(entities, Action.VALIDATE)) {
            assertThat(validated.getMetamodel().getEntities()).hasSize(entities.size());
        }
    }

    @org.junit.jupiter.api.Test
    void pypiDdlCarriesColumnFactsIndexesAndTheNamedForeignKey() throws SQLException {
        Database database = new Database();
        database.boot(List.of(org.example.pypi.Package.class, org.example.pypi.Release.class), Action.CREATE).close();
        try (Connection connection = database.connect()) {
            DatabaseMetaData metadata = connection.getMetaData();
            assertThat(tables(metadata)).containsExactlyInAnyOrder(
                    DatabaseMetadata.stored(metadata, "PACKAGES"), DatabaseMetadata.stored(metadata, "RELEASES"));
            assertThat(nullable(metadata, "PACKAGES", "SUMMARY")).isFalse();
            assertThat(nullable(metadata, "PACKAGES", "HOME_PAGE")).isTrue();
            assertThat(indexes(metadata, "RELEASES")).contains(
                    "IX_RELEASES_MAJOR_VER", "IX_RELEASES_MINOR_VER", "IX_RELEASES_BUILD_VER", "IX_RELEASES_CREATED_DATE");
            assertThat(indexes(metadata, "PACKAGES")).contains(
                    "IX_PACKAGES_CREATED_DATE", "IX_PACKAGES_AUTHOR_EMAIL", "IX_PACKAGES_LICENSE");
            assertThat(new DatabaseMetadata(database).importedKeys("RELEASES"))
                    .extracting(key -> key.name() + " " + key.column() + " " + key.referencedTable())
                    .containsExactly("FK_RELEASES_PACKAGE_ID_PACKAGES PACKAGE_ID PACKAGES");
        }
    }

    @org.junit.jupiter.api.Test
    void reservedWordTablesAndColumnsAreQuotedAndCarryTheirFacts() throws SQLException {
        Database database = new Database();
        database.boot(List.of(org.example.shop.User.class, org.example.shop.Order.class), Action.CREATE).close();
        try (Connection connection = database.connect()) {
            DatabaseMetaData metadata = connection.getMetaData();
            // quoted lower-case names keep their case on H2
            assertThat(tables(metadata)).containsExactlyInAnyOrder("user", "order");
            assertThat(columnSize(metadata, "user", "NAME")).isEqualTo(100);
            assertThat(columnSize(metadata, "order", "key")).isEqualTo(40);
            assertThat(decimalDigits(metadata, "user", "value")).isEqualTo(2);
            assertThat(columnSize(metadata, "user", "value")).isEqualTo(12);
            assertThat(nullable(metadata, "order", "USER_ID")).isFalse();
            // PostgreSQL shows the type it casts the literal to, e.g. ''::text
            assertThat(defaultValue(metadata, "order", "NOTE")).matches("''(::[a-z ]+)?");
            assertThat(new DatabaseMetadata(database).importedKeys("order"))
                    .extracting(DatabaseMetadata.ForeignKey::name, DatabaseMetadata.ForeignKey::deleteRule)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(
                            "FK_ORDER_USER_ID_USER", (short) DatabaseMetaData.importedKeyCascade));
            assertThat(indexes(metadata, "order")).contains("IX_ORDER_USER_ID");
            assertThat(uniqueConstraints(connection, "order")).containsExactly("UQ_ORDER_KEY");
            assertThat(uniqueConstraints(connection, "user")).containsExactly("UQ_USER_NAME");
        }
    }

    private static List<String> tables(DatabaseMetaData metadata) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet tables = metadata.getTables(null, metadata.getConnection().getSchema(), "%",
                new String[] {"TABLE"})) {
            while (tables.next()) {
                names.add(tables.getString("TABLE_NAME"));
            }
        }
        return names;
    }

    private static List<String> indexes(DatabaseMetaData metadata, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (ResultSet indexes = metadata.getIndexInfo(null, metadata.getConnection().getSchema(),
                DatabaseMetadata.stored(metadata, table), false, false)) {
            while (indexes.next()) {
                names.add(indexes.getString("INDEX_NAME").toUpperCase(java.util.Locale.ROOT));
            }
        }
        return names;
    }

    private static List<String> uniqueConstraints(Connection connection, String table) throws SQLException {
        List<String> names = new ArrayList<>();
        try (var statement = connection.prepareStatement("select constraint_name from information_schema.table_constraints"
                + " where table_name = ? and constraint_type = 'UNIQUE'")) {
            statement.setString(1, DatabaseMetadata.stored(connection.getMetaData(), table));
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    names.add(rows.getString(1).toUpperCase(java.util.Locale.ROOT));
                }
            }
        }
        return names;
    }

    private static ResultSet column(DatabaseMetaData metadata, String table, String column) throws SQLException {
        ResultSet columns = metadata.getColumns(null, metadata.getConnection().getSchema(),
                DatabaseMetadata.stored(metadata, table), DatabaseMetadata.stored(metadata, column));
        assertThat(columns.next()).as("column %s.%s exists", table, column).isTrue();
        return columns;
    }

    private static boolean nullable(DatabaseMetaData metadata, String table, String column) throws SQLException {
        try (ResultSet columns = column(metadata, table, column)) {
            return columns.getInt("NULLABLE") == DatabaseMetaData.columnNullable;
        }
    }

    private static int columnSize(DatabaseMetaData metadata, String table, String column) throws SQLException {
        try (ResultSet columns = column(metadata, table, column)) {
            return columns.getInt("COLUMN_SIZE");
        }
    }

    private static int decimalDigits(DatabaseMetaData metadata, String table, String column) throws SQLException {
        try (ResultSet columns = column(metadata, table, column)) {
            return columns.getInt("DECIMAL_DIGITS");
        }
    }

    private static String defaultValue(DatabaseMetaData metadata, String table, String column) throws SQLException {
        try (ResultSet columns = column(metadata, table, column)) {
            return columns.getString("COLUMN_DEF");
        }
    }
}
