package io.github.schema2jpa.property;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.UUID;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/** Boots Hibernate on the generated entities, on H2. */
final class HibernateBoot {

    private HibernateBoot() {
    }

    /** Hibernate creates the tables on a fresh H2 database, then a second boot validates them. */
    static void boot(List<Class<?>> entities, ClassLoader loader) {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            for (Action action : List.of(Action.CREATE, Action.VALIDATE)) {
                HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("property")
                        .jdbcUrl(url)
                        .jdbcCredentials("sa", "")
                        .schemaToolingAction(action);
                entities.forEach(configuration::managedClass);
                try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
                    if (factory.getMetamodel().getEntities().size() != entities.size()) {
                        throw new AssertionError(action + ": Hibernate knows " + factory.getMetamodel().getEntities()
                                + ", not " + entities);
                    }
                } catch (RuntimeException e) {
                    throw new AssertionError("Hibernate boot with " + action + " failed: " + causes(e), e);
                }
            }
            try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
                    var statement = connection.createStatement()) {
                statement.execute("shutdown");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t);
        }
        return text.toString();
    }
}
