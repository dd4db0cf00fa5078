package io.github.schema2jpa.golden;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import org.hibernate.resource.jdbc.spi.StatementInspector;

/**
 * Records every SQL statement Hibernate prepares, so a test can tell which statements ran, not only how many:
 * Hibernate's {@code getEntityDeleteCount()} also counts entities it removes without SQL (those left to
 * {@code ON DELETE CASCADE}).
 */
final class SqlLog implements StatementInspector {

    private final List<String> statements = new CopyOnWriteArrayList<>();

    @Override
    public String inspect(String sql) {
        statements.add(sql.toLowerCase(Locale.ROOT));
        return sql;
    }

    void clear() {
        statements.clear();
    }

    /** The statements recorded since the last {@link #clear()}, in lower case. */
    List<String> statements() {
        return List.copyOf(statements);
    }

    /** The recorded statements that start with the given lower-case prefix, e.g. {@code "delete from posts "}. */
    List<String> startingWith(String prefix) {
        return statements.stream().filter(sql -> sql.startsWith(prefix)).toList();
    }
}
