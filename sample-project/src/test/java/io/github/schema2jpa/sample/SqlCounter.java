package io.github.schema2jpa.sample;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;

/**
 * Counts the statements that reach JDBC through a datasource-proxy {@code DataSource}, by kind (the SQL's first
 * word). One execution counts once, so a batch of inserts is one statement.
 */
final class SqlCounter implements QueryExecutionListener {

    private final List<String> statements = new ArrayList<>();

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public synchronized void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        statements.add(queries.get(0).getQuery().strip());
    }

    synchronized void reset() {
        statements.clear();
    }

    /** The statements run since the last reset, as Hibernate wrote them. */
    synchronized List<String> statements() {
        return List.copyOf(statements);
    }

    /** The counts since the last reset. */
    synchronized SqlCount count() {
        return new SqlCount(count("select"), count("insert"), count("update"), count("delete"));
    }

    /** The statements since the last reset, one a line, for assertion messages. */
    String log() {
        return "statements run:\n  " + String.join("\n  ", statements());
    }

    private int count(String kind) {
        return (int) statements.stream()
                .filter(sql -> sql.toLowerCase(Locale.ROOT).startsWith(kind))
                .count();
    }
}
