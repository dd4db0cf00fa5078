package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.List;
import org.example.forum.Post;
import org.example.forum.Subscription;
import org.example.forum.Thread;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The cascades of {@code schemas/examples/cascades.yaml}: a thread owns its posts ({@code all, delete-orphan}), and
 * its subscriptions are deleted by the database ({@code ondelete: cascade} with {@code passive_deletes: true}), so
 * Hibernate neither loads nor deletes them.
 */
class CascadesTest {

    private static Database database;
    private static EntityManagerFactory factory;
    private static Statistics statistics;
    private static final SqlLog sql = new SqlLog();

    @BeforeAll
    static void boot() {
        database = new Database();
        factory = database.boot(List.of(Thread.class, Post.class, Subscription.class), Action.CREATE, sql);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Thread thread(String title, int posts, int subscriptions) {
        return ForumThreads.saved(factory, title, posts, subscriptions);
    }

    private static long rows(String table, Integer threadId) {
        return factory.callInTransaction(em -> ((Number) em.createNativeQuery(
                        "select count(*) from " + table + " where thread_id = :thread")
                .setParameter("thread", threadId)
                .getSingleResult()).longValue());
    }

    private static short deleteRule(String table) throws SQLException {
        List<DatabaseMetadata.ForeignKey> keys = new DatabaseMetadata(database).importedKeys(table);
        assertThat(keys).as("one foreign key on %s", table).hasSize(1);
        return keys.get(0).deleteRule();
    }

    @Test
    void removingAPostFromTheThreadDeletesExactlyThatRow() {
        Thread saved = thread("orphans", 3, 0);
        Post doomed = saved.getPosts().get(1);

        statistics.clear();
        sql.clear();
        factory.runInTransaction(em -> {
            Thread thread = em.find(Thread.class, saved.getId());
            Post post = em.find(Post.class, doomed.getId());
            assertThat(thread.getPosts().remove(post)).isTrue();
        });

        assertThat(statistics.getEntityDeleteCount()).isEqualTo(1);
        assertThat(sql.startingWith("delete ")).containsExactly("delete from posts where id=?");
        assertThat(rows("posts", saved.getId())).isEqualTo(2);
        factory.runInTransaction(em -> {
            assertThat(em.find(Post.class, doomed.getId())).isNull();
            assertThat(em.find(Thread.class, saved.getId()).getPosts()).hasSize(2).doesNotContain(doomed);
        });
    }

    @Test
    void deletingAThreadDeletesItsPosts() {
        Thread saved = thread("owned", 2, 0);

        statistics.clear();
        sql.clear();
        factory.runInTransaction(em -> em.remove(em.find(Thread.class, saved.getId())));

        assertThat(statistics.getEntityDeleteCount()).as("the thread and its two posts").isEqualTo(3);
        assertThat(sql.startingWith("delete ")).containsExactly(
                "delete from posts where id=?", "delete from posts where id=?", "delete from threads where id=?");
        assertThat(rows("posts", saved.getId())).isZero();
    }

    @Test
    void theSubscriptionsForeignKeyCascadesOnDeleteAndThePostsOneDoesNot() throws SQLException {
        assertThat(deleteRule("SUBSCRIPTIONS")).isEqualTo((short) DatabaseMetaData.importedKeyCascade);
        assertThat(deleteRule("POSTS")).isNotEqualTo((short) DatabaseMetaData.importedKeyCascade);
    }

    @Test
    void deletingAThreadIssuesNoDeleteForItsSubscriptionsAndTheDatabaseRemovesThem() {
        Thread saved = thread("passive", 2, 3);
        assertThat(rows("subscriptions", saved.getId())).isEqualTo(3);

        sql.clear();
        factory.runInTransaction(em -> em.remove(em.find(Thread.class, saved.getId())));

        assertThat(sql.startingWith("delete ")).as("DELETE statements").containsExactly(
                "delete from posts where id=?",
                "delete from posts where id=?",
                "delete from threads where id=?");
        assertThat(rows("subscriptions", saved.getId())).as("subscriptions left").isZero();
        assertThat(rows("posts", saved.getId())).isZero();
    }

    @Test
    void deletingAThreadDoesNotLoadItsSubscriptions() {
        Thread saved = thread("unloaded", 2, 3);

        sql.clear();
        factory.runInTransaction(em -> em.remove(em.find(Thread.class, saved.getId())));

        assertThat(sql.statements()).as("every statement").hasSize(5)
                .noneMatch(statement -> statement.contains("from subscriptions"));
        assertThat(rows("subscriptions", saved.getId())).isZero();
    }
}
