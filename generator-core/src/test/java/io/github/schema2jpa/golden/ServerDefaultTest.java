package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schema2jpa.testing.JpaBootstrap;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.example.defaults.Ticket;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code server_default} as SQLAlchemy has it ({@code schemas/examples/server_defaults.yaml}): a column the application leaves unset is left out of the INSERT, so
 * the database's DEFAULT applies; a value the application sets is written. {@code note} is nullable;
 * {@code channel} is {@code nullable: false}, and the value the database gives it is read back.
 */
class ServerDefaultTest {

    private static final SqlLog sql = new SqlLog();
    private static Database database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void boot() {
        database = new Database();
        factory = database.boot(List.of(Ticket.class), Action.CREATE, sql);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void clear() {
        sql.clear();
    }

    /** The note (or {@code "NULL"}) and the channel of the ticket's row, as the database has them. */
    private static List<String> row(Ticket ticket) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "select note, channel from tickets where id = ?")) {
            select.setObject(1, ticket.getId());
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return Arrays.asList(String.valueOf(rows.getString(1)), rows.getString(2));
            }
        }
    }

    /**
     * The INSERT, and how the channel the database gave is read back in the same statement: PostgreSQL's
     * {@code RETURNING}; on H2, through JDBC's generated keys.
     */
    private static String readBack(String insert) {
        return database.isPostgreSQL() ? insert + " returning channel" : insert;
    }

    private static Ticket persisted(String note, String channel) {
        Ticket ticket = new Ticket();
        ticket.setTitle("printer on fire");
        ticket.setNote(note);
        ticket.setChannel(channel);
        factory.runInTransaction(em -> {
            em.persist(ticket);
            sql.clear();
            em.flush();
        });
        return ticket;
    }

    @Test
    void anUnsetNullableColumnIsLeftOutOfTheInsertAndGetsTheDatabaseDefault() throws SQLException {
        Ticket ticket = persisted(null, "phone");

        assertThat(sql.startingWith("insert into tickets ")).containsExactly(
                readBack("insert into tickets (channel,title,id) values (?,?,?)"));
        assertThat(row(ticket)).containsExactly("", "phone");
        assertThat(ticket.getNote()).as("not read back: reload the ticket to see it").isNull();
        String reloaded = factory.callInTransaction(em -> em.find(Ticket.class, ticket.getId()).getNote());
        assertThat(reloaded).isEmpty();
    }

    @Test
    void setColumnsAreWritten() throws SQLException {
        Ticket ticket = persisted("gift", "phone");

        assertThat(sql.startingWith("insert into tickets ")).containsExactly(readBack(
                "insert into tickets (channel,note,title,id) values (?,?,?,?)"));
        assertThat(row(ticket)).containsExactly("gift", "phone");
    }

    @Test
    void anUnsetNotNullColumnGetsTheDatabaseDefaultAndIsReadBack() throws SQLException {
        if (JpaBootstrap.hibernateVersion().startsWith("6.")) {
            // Hibernate 6.6 names the column in its dynamic INSERT without binding it: the INSERT fails at once
            assertThatThrownBy(() -> persisted("note", null)).isInstanceOf(PersistenceException.class)
                    .hasMessageContaining("insert into tickets (channel,");
            return;
        }
        Ticket ticket = persisted("note", null);

        assertThat(sql.startingWith("insert into tickets ")).containsExactly(
                readBack("insert into tickets (note,title,id) values (?,?,?)"));
        assertThat(sql.statements()).as("no SELECT to read the channel back").hasSize(1);
        assertThat(ticket.getChannel()).isEqualTo("web");
        assertThat(row(ticket)).containsExactly("note", "web");
    }
}
