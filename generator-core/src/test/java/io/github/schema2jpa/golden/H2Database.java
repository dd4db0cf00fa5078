package io.github.schema2jpa.golden;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** An in-memory H2 database that lives until the JVM ends, with Hibernate booted on chosen entity classes. */
final class H2Database {

    private final String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";

    String url() {
        return url;
    }

    /** Boots Hibernate on the classes, with the given schema action ({@code create} or {@code validate}). */
    EntityManagerFactory boot(List<Class<?>> entities, Action schemaAction) {
        return configuration(entities, schemaAction).createEntityManagerFactory();
    }

    /** Boots Hibernate on the classes and records every statement it prepares into the log. */
    EntityManagerFactory boot(List<Class<?>> entities, Action schemaAction, SqlLog log) {
        return configuration(entities, schemaAction).statementInspector(log).createEntityManagerFactory();
    }

    private HibernatePersistenceConfiguration configuration(List<Class<?>> entities, Action schemaAction) {
        HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("golden")
                .jdbcUrl(url)
                .jdbcCredentials("sa", "")
                .schemaToolingAction(schemaAction)
                .property("hibernate.generate_statistics", "true");
        entities.forEach(configuration::managedClass);
        return configuration;
    }
}
