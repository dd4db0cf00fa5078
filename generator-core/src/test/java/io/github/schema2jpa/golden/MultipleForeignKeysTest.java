package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.example.chat.Message;
import org.example.chat.User;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two foreign keys of {@code schemas/examples/multiple_foreign_keys.yaml}: a message's {@code sender} pairs with
 * {@code User.sentMessages} and its {@code recipient} with {@code User.receivedMessages}. The pairs are independent:
 * each relationship writes its own column and fills only its own collection.
 */
class MultipleForeignKeysTest {

    private static final LocalDateTime NOON = LocalDateTime.of(2024, 5, 1, 12, 0);

    private static Database database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void boot() {
        database = new Database();
        factory = database.boot(List.of(User.class, Message.class), Action.CREATE);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        return user;
    }

    private static Message message(String body, User sender, User recipient) {
        Message message = new Message();
        message.setBody(body);
        message.setSender(sender);
        message.setRecipient(recipient);
        return message;
    }

    @Test
    void settingTheSenderFillsOnlyTheSendersSentMessages() {
        User ada = user("ada");
        Message message = new Message();

        message.setSender(ada);

        assertThat(ada.getSentMessages()).containsExactly(message);
        assertThat(ada.getReceivedMessages()).isEmpty();
        assertThat(message.getRecipient()).isNull();
    }

    @Test
    void settingTheRecipientFillsOnlyTheRecipientsReceivedMessages() {
        User ada = user("ada");
        User bob = user("bob");

        Message message = message("hi", ada, bob);

        assertThat(bob.getReceivedMessages()).containsExactly(message);
        assertThat(bob.getSentMessages()).isEmpty();
        assertThat(ada.getSentMessages()).containsExactly(message);
        assertThat(ada.getReceivedMessages()).isEmpty();
    }

    @Test
    void addingToACollectionSetsOnlyItsOwnSide() {
        User ada = user("ada");
        User bob = user("bob");
        Message sent = new Message();
        Message received = new Message();

        ada.getSentMessages().add(sent);
        ada.getReceivedMessages().add(received);

        assertThat(sent.getSender()).isSameAs(ada);
        assertThat(sent.getRecipient()).isNull();
        assertThat(received.getRecipient()).isSameAs(ada);
        assertThat(received.getSender()).isNull();

        bob.getReceivedMessages().add(sent);
        assertThat(sent.getSender()).as("the sender is untouched by the other pair").isSameAs(ada);
        assertThat(ada.getSentMessages()).containsExactly(sent);
        assertThat(ada.getReceivedMessages()).containsExactly(received);
    }

    @Test
    void aMessageToOneselfIsInBothOfThatUsersCollections() {
        User ada = user("ada");
        Message note = message("note to self", ada, ada);

        assertThat(ada.getSentMessages()).containsExactly(note);
        assertThat(ada.getReceivedMessages()).containsExactly(note);

        assertThat(ada.getReceivedMessages().remove(note)).isTrue();
        assertThat(note.getRecipient()).isNull();
        assertThat(note.getSender()).isSameAs(ada);
        assertThat(ada.getSentMessages()).containsExactly(note);
    }

    @Test
    void changingTheRecipientMovesTheMessageBetweenReceivedCollectionsOnly() {
        User ada = user("ada");
        User bob = user("bob");
        User carol = user("carol");
        Message message = message("hi", ada, bob);

        message.setRecipient(carol);

        assertThat(bob.getReceivedMessages()).isEmpty();
        assertThat(carol.getReceivedMessages()).containsExactly(message);
        assertThat(carol.getSentMessages()).isEmpty();
        assertThat(ada.getSentMessages()).containsExactly(message);
    }

    @Test
    void eachRelationshipWritesItsOwnForeignKeyColumn() {
        User ada = user("ada");
        User bob = user("bob");
        // each user is persisted before a message that references it is inserted: a message does not cascade
        // PERSIST to its users (see "Differences from SQLAlchemy")
        List<Message> messages = factory.callInTransaction(em -> {
            em.persist(ada);
            em.persist(bob);
            return List.of(message("hello", ada, bob), message("reply", bob, ada));
        });
        Message hello = messages.get(0);
        Message reply = messages.get(1);

        Map<Long, List<Integer>> columns = factory.callInTransaction(em -> {
            Map<Long, List<Integer>> rows = new TreeMap<>();
            List<?> result = em.createNativeQuery("select id, sender_id, recipient_id from messages where id in (:ids)")
                    .setParameter("ids", List.of(hello.getId(), reply.getId()))
                    .getResultList();
            for (Object row : result) {
                Object[] values = (Object[]) row;
                rows.put(((Number) values[0]).longValue(),
                        List.of(((Number) values[1]).intValue(), ((Number) values[2]).intValue()));
            }
            return rows;
        });
        assertThat(columns).containsOnly(
                Map.entry(hello.getId(), List.of(ada.getId(), bob.getId())),
                Map.entry(reply.getId(), List.of(bob.getId(), ada.getId())));
    }

    @Test
    void afterReloadEachUsersCollectionsHoldTheirOwnMessagesInSentAtOrder() {
        User ada = user("ada");
        User bob = user("bob");
        factory.runInTransaction(em -> {
            em.persist(ada);
            em.persist(bob);
            message("later", ada, bob).setSentAt(NOON.plusHours(1));
            message("earlier", ada, bob).setSentAt(NOON);
            message("reply", bob, ada).setSentAt(NOON.plusMinutes(30));
        });

        factory.runInTransaction(em -> {
            User loadedAda = em.find(User.class, ada.getId());
            User loadedBob = em.find(User.class, bob.getId());
            assertThat(loadedAda.getSentMessages()).extracting(Message::getBody).containsExactly("earlier", "later");
            assertThat(loadedAda.getReceivedMessages()).extracting(Message::getBody).containsExactly("reply");
            assertThat(loadedBob.getSentMessages()).extracting(Message::getBody).containsExactly("reply");
            assertThat(loadedBob.getReceivedMessages()).extracting(Message::getBody).containsExactly("earlier", "later");
            Message loadedReply = loadedBob.getSentMessages().get(0);
            assertThat(loadedReply.getSenderId()).isEqualTo(bob.getId());
            assertThat(loadedReply.getRecipientId()).isEqualTo(ada.getId());
        });
    }

    @Test
    void theDdlHasTwoNamedForeignKeysToUsers() throws SQLException {
        Map<String, List<String>> keys = new TreeMap<>();
        for (DatabaseMetadata.ForeignKey key : new DatabaseMetadata(database).importedKeys("MESSAGES")) {
            keys.put(key.name(), List.of(key.column(), key.referencedTable(), key.referencedColumn()));
            assertThat(key.deleteRule()).isNotEqualTo((short) DatabaseMetaData.importedKeyCascade);
        }
        assertThat(keys).containsOnly(
                Map.entry("FK_MESSAGES_SENDER_ID_USERS", List.of("SENDER_ID", "USERS", "ID")),
                Map.entry("FK_MESSAGES_RECIPIENT_ID_USERS", List.of("RECIPIENT_ID", "USERS", "ID")));
    }
}
