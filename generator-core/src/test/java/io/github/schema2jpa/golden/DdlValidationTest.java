package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.DdlResult;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.ddl.SqlDialect;
import jakarta.persistence.EntityManagerFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The DDL script of each schema in the repository creates, on the test run's database (H2 or PostgreSQL), tables that
 * Hibernate's schema validation of the entities this build generates from the same schema accepts.
 */
class DdlValidationTest {

    @ParameterizedTest(name = "{0}")
    @MethodSource("io.github.schema2jpa.golden.HibernateBootTest#entitySets")
    void theEntitiesValidateAgainstTheScript(String name, List<Class<?>> entities) throws SQLException {
        Database database = new Database();
        SqlDialect dialect = database.isPostgreSQL() ? SqlDialect.POSTGRESQL : SqlDialect.H2;
        Path schema = RepositorySchemas.all().stream()
                .filter(path -> path.getFileName().toString().equals(name)).findFirst().orElseThrow();
        DdlResult ddl = new Schema2Jpa().ddl(List.of(schema), dialect, GeneratorOptions.defaults());
        assertThat(ddl.hasErrors()).isFalse();
        run(database, ddl.text());
        try (EntityManagerFactory validated = database.boot(entities, Action.VALIDATE)) {
            assertThat(validated.getMetamodel().getEntities()).hasSize(entities.size());
        }
    }

    /** Runs each statement of a script, as a migration tool would. */
    static void run(Database database, String script) throws SQLException {
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            for (String sql : script.split(";\n")) {
                String withoutComments = sql.replaceAll("(?m)^--.*$", "").strip();
                if (!withoutComments.isEmpty()) {
                    statement.execute(withoutComments);
                }
            }
        }
    }
}
