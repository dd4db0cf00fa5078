package io.github.schema2jpa.sample;

import jakarta.persistence.EntityManagerFactory;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.h2.jdbcx.JdbcDataSource;
import org.hibernate.cfg.JdbcSettings;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * Hibernate booted on the generated pair, the standard way ({@link HibernatePersistenceConfiguration}, no XML),
 * over a {@code DataSource} whose statements are counted.
 *
 * <p>The database is an in-memory H2 one, unless the system property {@code sample.jdbc.url} names another
 * ({@code jdbc:postgresql:...}), with {@code sample.jdbc.user} and {@code sample.jdbc.password}.
 */
final class SampleDatabase implements AutoCloseable {

    private final SqlCounter sql = new SqlCounter();

    private final EntityManagerFactory factory;

    SampleDatabase() {
        DataSource counted = ProxyDataSourceBuilder.create("sample", dataSource()).listener(sql).build();
        factory = new HibernatePersistenceConfiguration("sample")
                .managedClass(Package.class)
                .managedClass(Release.class)
                .property(JdbcSettings.DATASOURCE, counted)
                .schemaToolingAction(Action.CREATE_DROP)
                .createEntityManagerFactory();
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

    private static DataSource dataSource() {
        String url = property("sample.jdbc.url");
        String user = property("sample.jdbc.user");
        String password = property("sample.jdbc.password");
        if (url.isEmpty()) {
            JdbcDataSource h2 = new JdbcDataSource();
            h2.setURL("jdbc:h2:mem:sample;DB_CLOSE_DELAY=-1");
            h2.setUser("sa");
            return h2;
        }
        if (!url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("sample.jdbc.url: only jdbc:postgresql: URLs are supported: " + url);
        }
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(url);
        postgres.setUser(user.isEmpty() ? null : user);
        postgres.setPassword(password.isEmpty() ? null : password);
        return postgres;
    }

    private static String property(String name) {
        return System.getProperty(name, "").strip();
    }
}
