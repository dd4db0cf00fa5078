package io.github.schema2jpa.golden;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.ExecutionInfo;
import net.ttddyy.dsproxy.QueryInfo;
import net.ttddyy.dsproxy.listener.QueryExecutionListener;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;

/**
 * The statements that reach the database, counted at the JDBC level by a datasource-proxy listener: a JDBC batch is
 * one execution, however many rows it carries.
 */
final class JdbcExecutions implements QueryExecutionListener {

    /** One execution: its SQL (in lower case) and how many rows of parameters it sent. */
    record Execution(String sql, int batchSize) {
    }

    private final List<Execution> executions = new CopyOnWriteArrayList<>();

    /** The data source, with every execution through it recorded here. */
    DataSource counting(DataSource dataSource) {
        return ProxyDataSourceBuilder.create("counted", dataSource).listener(this).build();
    }

    @Override
    public void beforeQuery(ExecutionInfo execution, List<QueryInfo> queries) {
    }

    @Override
    public void afterQuery(ExecutionInfo execution, List<QueryInfo> queries) {
        String sql = queries.get(0).getQuery().strip().toLowerCase(Locale.ROOT);
        executions.add(new Execution(sql, execution.isBatch() ? execution.getBatchSize() : 1));
    }

    void clear() {
        executions.clear();
    }

    /** The executions since the last {@link #clear()}. */
    List<Execution> executions() {
        return List.copyOf(executions);
    }
}
