package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.example.bulk.Entry;
import org.example.bulk.Feed;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;

/**
 * Bulk inserts with the settings {@code docs/schema-language.md} recommends: sequence keys taken in blocks as large
 * as the sequence's increment ({@code schemas/examples/bulk.yaml}: 1000, from 1000), JDBC batches of 1000 and inserts
 * ordered by table. Executions are counted at the JDBC level, a batch once.
 */
class BulkInsertTest {

    /** The settings for bulk inserts. */
    static final Map<String, Object> BULK = Map.of(
            "hibernate.jdbc.batch_size", 1000,
            "hibernate.order_inserts", true,
            "hibernate.id.optimizer.pooled.preferred", "pooled-lo");

    private static Feed feed(String name, int entries) {
        Feed feed = new Feed();
        feed.setName(name);
        feed.setTitle(name);
        for (int i = 0; i < entries; i++) {
            Entry entry = new Entry();
            entry.setTitle("entry " + i);
            feed.addEntry(entry);
        }
        return feed;
    }

    @Test
    void oneParentAndAThousandChildrenAreThreeJdbcExecutions() {
        Database database = new Database();
        JdbcExecutions jdbc = new JdbcExecutions();
        try (EntityManagerFactory factory = database.boot(List.of(Feed.class, Entry.class), Action.CREATE, BULK,
                jdbc::counting)) {
            Feed feed = feed("news", 1000);
            jdbc.clear();
            factory.runInTransaction(em -> em.persist(feed));

            List<JdbcExecutions.Execution> executions = jdbc.executions();
            assertThat(executions).as("%s", executions).hasSize(3);
            assertThat(executions.get(0).sql()).as("one call to the sequence").contains("entries_id_seq");
            assertThat(executions.get(1)).isEqualTo(new JdbcExecutions.Execution(
                    "insert into feeds (title,name) values (?,?)", 1));
            assertThat(executions.get(2)).isEqualTo(new JdbcExecutions.Execution(
                    "insert into entries (feed_name,title,id) values (?,?,?)", 1000));
            assertThat(feed.getEntries()).extracting(Entry::getId).startsWith(1000L, 1001L).endsWith(1999L);
            long rows = factory.callInTransaction(em -> em.createQuery(
                    "select count(e) from Entry e where e.feed.name = 'news'", Long.class).getSingleResult());
            assertThat(rows).isEqualTo(1000);
        }
    }

    @Test
    void withoutBatchingEachRowIsItsOwnExecution() {
        Database database = new Database();
        JdbcExecutions jdbc = new JdbcExecutions();
        try (EntityManagerFactory factory = database.boot(List.of(Feed.class, Entry.class), Action.CREATE, Map.of(),
                jdbc::counting)) {
            Feed feed = feed("sports", 100);
            jdbc.clear();
            factory.runInTransaction(em -> em.persist(feed));
            // Hibernate's default optimizer calls a new sequence twice for its first block
            assertThat(jdbc.executions()).as("2 sequence calls, 1 feed, 100 entries").hasSize(103);
        }
    }

    @Test
    void theSequencesIncrementIsTheSchemas() throws SQLException {
        Database database = new Database();
        try (Connection connection = database.connect(); Statement statement = connection.createStatement()) {
            // a sequence that another tool created, with SQLAlchemy's default increment
            statement.execute("create sequence entries_id_seq start with 1 increment by 1");
        }
        assertThatThrownBy(() -> database.boot(List.of(Feed.class, Entry.class), Action.NONE).close())
                .rootCause().hasMessageContaining("entries_id_seq").hasMessageContaining("increment");

        Database matching = new Database();
        try (Connection connection = matching.connect(); Statement statement = connection.createStatement()) {
            statement.execute("create sequence entries_id_seq start with 1000 increment by 1000");
        }
        matching.boot(List.of(Feed.class, Entry.class), Action.NONE).close();
    }
}
