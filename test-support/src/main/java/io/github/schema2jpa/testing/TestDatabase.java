package io.github.schema2jpa.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.Driver;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A fresh, empty database for one test class, of the kind this test run is for. The system property
 * {@value #KIND} chooses the kind:
 * <ul>
 *   <li>{@code h2} (the default): a new in-memory H2 database that lives until the JVM ends;</li>
 *   <li>{@code postgresql}: a new database on the PostgreSQL server that {@value #URL} (with {@value #USER} and
 *       {@value #PASSWORD}) names, or else on an embedded PostgreSQL server, started once per JVM.</li>
 * </ul>
 * A new database is made with {@code CREATE DATABASE}; where the user of an external server may not create
 * databases, every test class shares the one the URL names (Hibernate's {@code create} action drops and creates the
 * tables each class maps).
 */
public final class TestDatabase {

    /** The system property that chooses the kind of database: {@code h2} or {@code postgresql}. */
    public static final String KIND = "schema2jpa.test.database";
    /** The JDBC URL of an external PostgreSQL server, used instead of the embedded one. */
    public static final String URL = "schema2jpa.jdbc.url";
    /** The user for {@value #URL}. */
    public static final String USER = "schema2jpa.jdbc.user";
    /** The password for {@value #URL}. */
    public static final String PASSWORD = "schema2jpa.jdbc.password";

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    /** A new database of the kind this run is for. */
    public static TestDatabase create() {
        String kind = property(KIND).toLowerCase(Locale.ROOT);
        return switch (kind) {
            case "", "h2" -> h2();
            case "postgresql" -> property(URL).isEmpty() ? Embedded.SERVER.newDatabase() : External.newDatabase();
            default -> throw new IllegalArgumentException(KIND + ": h2 or postgresql, not '" + kind + "'");
        };
    }

    /** A new in-memory H2 database, whatever this run is for. */
    public static TestDatabase h2() {
        return new TestDatabase("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public boolean isPostgreSQL() {
        return url.startsWith("jdbc:postgresql:");
    }

    /** A name for reports: {@code H2} or {@code PostgreSQL}. */
    public String product() {
        return isPostgreSQL() ? "PostgreSQL" : "H2";
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /** A data source without a pool, as the databases' own drivers make them. */
    public DataSource dataSource() {
        if (isPostgreSQL()) {
            PGSimpleDataSource postgres = new PGSimpleDataSource();
            postgres.setURL(url);
            postgres.setUser(user.isEmpty() ? null : user);
            postgres.setPassword(password.isEmpty() ? null : password);
            return postgres;
        }
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword(password);
        return h2;
    }

    @Override
    public String toString() {
        return product() + " " + url;
    }

    private static String property(String name) {
        return System.getProperty(name, "").strip();
    }

    private static String databaseName() {
        return "test_" + UUID.randomUUID().toString().replace("-", "");
    }

    /** The same server, another database. */
    private static String withDatabase(String url, String database) {
        Properties parsed = Driver.parseURL(url, new Properties());
        if (parsed == null) {
            throw new IllegalArgumentException(URL + ": not a PostgreSQL JDBC URL: " + url);
        }
        PGSimpleDataSource source = new PGSimpleDataSource();
        source.setURL(url);
        source.setDatabaseName(database);
        return source.getURL();
    }

    /** One embedded PostgreSQL server for the whole JVM, started on first use and stopped when the JVM ends. */
    private static final class Embedded {

        static final Embedded SERVER = new Embedded();

        private final EmbeddedPostgres postgres;

        private Embedded() {
            try {
                postgres = EmbeddedPostgres.builder()
                        // a busy machine (CI, parallel builds) can take longer than the default 10 s to start it
                        .setPGStartupWait(Duration.ofMinutes(1))
                        .setServerConfig("fsync", "off")
                        .setServerConfig("full_page_writes", "off")
                        .setLocaleConfig("locale", "C")
                        .start();
            } catch (IOException e) {
                throw new UncheckedIOException("the embedded PostgreSQL server did not start", e);
            }
        }

        TestDatabase newDatabase() {
            String database = databaseName();
            try (Connection connection = postgres.getPostgresDatabase().getConnection();
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + database);
            } catch (SQLException e) {
                throw new IllegalStateException("could not create a database on the embedded PostgreSQL", e);
            }
            return new TestDatabase(postgres.getJdbcUrl("postgres", database), "postgres", "");
        }
    }

    /** Databases made on an external server, dropped when the JVM ends. */
    private static final class External {

        private static final List<String> CREATED = new CopyOnWriteArrayList<>();

        static {
            Runtime.getRuntime().addShutdownHook(new Thread(External::dropCreated, "drop test databases"));
        }

        static TestDatabase newDatabase() {
            String url = property(URL);
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException(URL + ": only jdbc:postgresql: URLs are supported: " + url);
            }
            String database = databaseName();
            try (Connection connection = DriverManager.getConnection(url, property(USER), property(PASSWORD));
                    Statement statement = connection.createStatement()) {
                statement.execute("create database " + database);
            } catch (SQLException e) {
                if ("42501".equals(e.getSQLState())) {
                    // insufficient privilege: share the database the URL names
                    return new TestDatabase(url, property(USER), property(PASSWORD));
                }
                throw new IllegalStateException("could not create a database through " + url, e);
            }
            CREATED.add(database);
            return new TestDatabase(withDatabase(url, database), property(USER), property(PASSWORD));
        }

        private static void dropCreated() {
            try (Connection connection = DriverManager.getConnection(property(URL), property(USER), property(PASSWORD));
                    Statement statement = connection.createStatement()) {
                for (String database : CREATED) {
                    statement.execute("drop database if exists " + database + " with (force)");
                }
            } catch (SQLException e) {
                System.err.println("test databases left on " + property(URL) + ": " + CREATED + " (" + e + ")");
            }
        }
    }
}
