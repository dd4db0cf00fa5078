package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import org.example.shop.Order;
import org.example.shop.User;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@code server_default} as SQLAlchemy has it: a column the application leaves unset is left out of the INSERT, so
 * the database's DEFAULT applies, and the entity then holds the value the database gave it; a value the application
 * sets is written. {@code channel} is {@code nullable: false}: left unset, it is still persisted.
 */
class ServerDefaultTest {

    private static final SqlLog sql = new SqlLog();
    private static Database database;
    private static EntityManagerFactory factory;

    @BeforeAll
    static void boot() {
        database = new Database();
        factory = database.boot(List.of(User.class, Order.class), Action.CREATE, sql);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void clear() {
        sql.clear();
    }

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        return user;
    }

    /** The note (or {@code "NULL"}) and the channel of the order's row, as the database has them. */
    private static List<String> row(Order order) throws SQLException {
        try (Connection connection = database.connect();
                PreparedStatement select = connection.prepareStatement(
                        "select note, channel from \"order\" where id = ?")) {
            select.setObject(1, order.getId());
            try (ResultSet rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return Arrays.asList(String.valueOf(rows.getString(1)), rows.getString(2));
            }
        }
    }

    /**
     * The INSERT, and how the values the database gave are read back in the same statement: PostgreSQL's
     * {@code RETURNING}; on H2, through JDBC's generated keys.
     */
    private static String readBack(String insert) {
        return database.isPostgreSQL() ? insert + " returning channel,note" : insert;
    }

    @Test
    void unsetColumnsAreLeftOutOfTheInsertAndGetTheDatabaseDefault() throws SQLException {
        User ada = user("ada");
        Order order = new Order();
        ada.addOrder(order);
        factory.runInTransaction(em -> {
            em.persist(ada);
            sql.clear();
            em.flush();
            assertThat(sql.startingWith("insert into \"order\" ")).containsExactly(
                    readBack("insert into \"order\" (placed_at,status,user_id,id) values (?,?,?,?)"));
            assertThat(sql.statements()).as("no SELECT to read the defaults back").hasSize(2);
            assertThat(order.getNote()).isEqualTo("");
            assertThat(order.getChannel()).isEqualTo("web");
        });
        assertThat(row(order)).containsExactly("", "web");
    }

    @Test
    void setColumnsAreWritten() throws SQLException {
        User bob = user("bob");
        Order order = new Order();
        order.setNote("gift");
        order.setChannel("phone");
        bob.addOrder(order);
        factory.runInTransaction(em -> {
            em.persist(bob);
            sql.clear();
            em.flush();
            assertThat(sql.startingWith("insert into \"order\" ")).containsExactly(readBack(
                    "insert into \"order\" (channel,note,placed_at,status,user_id,id) values (?,?,?,?,?,?)"));
            assertThat(order.getNote()).isEqualTo("gift");
        });
        assertThat(row(order)).containsExactly("gift", "phone");
    }
}
