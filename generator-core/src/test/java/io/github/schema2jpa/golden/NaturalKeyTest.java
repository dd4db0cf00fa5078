package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.example.journals.Journal;
import org.example.journals.User;
import org.hibernate.Session;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/examples/natural_key.yaml}: a foreign key to a unique column that is not the primary key
 * ({@code journals.submitted_by -> users.username}). The relationship joins on that column and writes its value,
 * not the user's identifier.
 */
class NaturalKeyTest {

    private static final SqlLog LOG = new SqlLog();
    private static EntityManagerFactory factory;

    @BeforeAll
    static void boot() {
        factory = new H2Database().boot(List.of(User.class, Journal.class), Action.CREATE, LOG);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static User user(String username) {
        User user = new User();
        user.setUsername(username);
        return user;
    }

    private static Journal journal(String action) {
        Journal journal = new Journal();
        journal.setAction(action);
        return journal;
    }

    @Test
    void theForeignKeyHoldsTheUsernameAndJoinsOnIt() {
        factory.runInTransaction(em -> {
            em.persist(user("filler")); // so that ids and usernames cannot be confused
            User ada = user("ada");
            em.persist(ada);
            Journal created = journal("create project");
            created.setSubmitter(ada);
            em.persist(created);
            Journal removed = journal("remove project");
            ada.getJournals().add(removed);
            em.persist(removed);
        });
        List<Object> stored = factory.callInTransaction(em -> new ArrayList<Object>(em.createNativeQuery(
                "select submitted_by from journals order by id").getResultList()));
        assertThat(stored).containsExactly("ada", "ada");
        factory.runInTransaction(em -> {
            Journal journal = em.createQuery("from Journal where action = 'create project'", Journal.class)
                    .getSingleResult();
            assertThat(journal.getSubmittedBy()).isEqualTo("ada");
            assertThat(journal.getSubmitter().getUsername()).isEqualTo("ada");
            User ada = em.createQuery("from User where username = 'ada'", User.class).getSingleResult();
            assertThat(ada.getJournals()).extracting(Journal::getAction)
                    .containsExactlyInAnyOrder("create project", "remove project");
            assertThat(em.createQuery("select j.action from Journal j join j.submitter u where u.username = 'ada'",
                    String.class).getResultList()).hasSize(2);
        });
    }

    @Test
    void theDatabaseForeignKeyReferencesTheUniqueColumn() {
        factory.runInTransaction(em -> em.unwrap(Session.class).doWork(connection -> {
            DatabaseMetaData metadata = connection.getMetaData();
            String table = metadata.storesUpperCaseIdentifiers() ? "JOURNALS" : "journals";
            List<String> references = new ArrayList<>();
            try (ResultSet keys = metadata.getImportedKeys(null, null, table)) {
                while (keys.next()) {
                    references.add((keys.getString("FKCOLUMN_NAME") + " -> " + keys.getString("PKTABLE_NAME") + "."
                            + keys.getString("PKCOLUMN_NAME")).toLowerCase(Locale.ROOT));
                }
            }
            assertThat(references).containsExactly("submitted_by -> users.username");
        }));
    }
}
