package io.github.schema2jpa.golden;

import io.github.schema2jpa.testing.JpaBootstrap;
import io.github.schema2jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;
import org.hibernate.tool.schema.Action;

/**
 * A fresh database for a test class, with Hibernate booted on chosen entity classes: an in-memory H2 database, or a
 * new database on PostgreSQL, as the test run says ({@link TestDatabase}). Hibernate is booted through the Jakarta
 * Persistence bootstrap, the same on Hibernate 6.6 and 7.
 */
class Database {

    private final TestDatabase database;

    Database() {
        this(TestDatabase.create());
    }

    Database(TestDatabase database) {
        this.database = database;
    }

    String url() {
        return database.url();
    }

    /** A JDBC connection to this database, for what the test reads around Hibernate. */
    Connection connect() throws SQLException {
        return database.connect();
    }

    boolean isPostgreSQL() {
        return database.isPostgreSQL();
    }

    /** Boots Hibernate on the classes, with the given schema action ({@code create} or {@code validate}). */
    EntityManagerFactory boot(List<Class<?>> entities, Action schemaAction) {
        return boot(entities, schemaAction, Map.of());
    }

    /** Boots Hibernate on the classes and records every statement it prepares into the log. */
    EntityManagerFactory boot(List<Class<?>> entities, Action schemaAction, SqlLog log) {
        return boot(entities, schemaAction, Map.of("hibernate.session_factory.statement_inspector", log));
    }

    /** Boots Hibernate on the classes with further Hibernate settings, e.g. batching. */
    EntityManagerFactory boot(List<Class<?>> entities, Action schemaAction, Map<String, ?> settings) {
        return boot(entities, schemaAction, settings, UnaryOperator.identity());
    }

    /** Boots Hibernate with further settings, on this database's data source as {@code wrap} wraps it. */
    EntityManagerFactory boot(List<Class<?>> entities, Action schemaAction, Map<String, ?> settings,
            UnaryOperator<DataSource> wrap) {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("hibernate.hbm2ddl.auto", schemaAction.getExternalHbm2ddlName());
        properties.put("hibernate.generate_statistics", "true");
        return JpaBootstrap.boot("golden", entities, wrap.apply(database.dataSource()), properties);
    }

    @Override
    public String toString() {
        return database.toString();
    }
}
