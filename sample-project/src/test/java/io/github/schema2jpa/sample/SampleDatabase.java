package io.github.schema2jpa.sample;

import io.github.schema2jpa.testing.JpaBootstrap;
import io.github.schema2jpa.testing.TestDatabase;
import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.cfg.AvailableSettings;
import org.hibernate.tool.schema.Action;

/**
 * Hibernate booted on the generated pair through the Jakarta Persistence bootstrap (a persistence unit of the two
 * classes, no XML), the same on Hibernate 6.6 and 7, over a {@code DataSource} whose statements are counted.
 *
 * <p>The database is a fresh in-memory H2 one or a fresh PostgreSQL one, as the test run says ({@link TestDatabase}):
 * {@code mvn verify} runs the tests on both, PostgreSQL on an embedded server unless the system property
 * {@code sample.jdbc.url} names another ({@code jdbc:postgresql:...}, with {@code sample.jdbc.user} and
 * {@code sample.jdbc.password}).
 */
final class SampleDatabase implements AutoCloseable {

    private final SqlCounter sql = new SqlCounter();

    private final EntityManagerFactory factory;

    SampleDatabase() {
        this(Map.of());
    }

    /** With further Hibernate settings, e.g. batching. */
    SampleDatabase(Map<String, ?> settings) {
        DataSource counted = ProxyDataSourceBuilder.create("sample", TestDatabase.create().dataSource())
                .listener(sql).build();
        Map<String, Object> properties = new java.util.HashMap<>(settings);
        properties.put(AvailableSettings.HBM2DDL_AUTO, Action.CREATE_DROP.getExternalHbm2ddlName());
        factory = JpaBootstrap.boot("sample", List.of(Package.class, Release.class), counted, properties);
    }

    EntityManagerFactory factory() {
        return factory;
    }

    SqlCounter sql() {
        return sql;
    }

    /** Empties every table and resets the statement count. */
    void clean() {
        factory.getSchemaManager().truncate();
        sql.reset();
    }

    @Override
    public void close() {
        factory.close();
    }
}
