package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.OptimisticLockException;
import java.math.BigDecimal;
import java.util.List;
import org.example.shop.Order;
import org.example.shop.OrderStatus;
import org.example.shop.User;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The reserved-word schema on Hibernate: quoted tables work, defaults apply on insert, delete-orphan deletes what
 * leaves the collection, sequence keys are pooled, and the version column guards against stale updates.
 */
class ShopTest {

    private static EntityManagerFactory factory;
    private static Statistics statistics;

    @BeforeAll
    static void boot() {
        factory = new Database().boot(List.of(User.class, Order.class), Action.CREATE);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        user.setValue(new BigDecimal("12.50"));
        return user;
    }

    @Test
    void defaultsAreAppliedOnInsertAndTheRowsRoundTrip() {
        User saved = factory.callInTransaction(em -> {
            User user = user("ada");
            user.addOrder(new Order());
            em.persist(user);
            return user;
        });
        factory.runInTransaction(em -> {
            User user = em.find(User.class, saved.getId());
            assertThat(user.getPublic()).isFalse();
            assertThat(user.getValue()).isEqualByComparingTo("12.50");
            Order order = user.getOrders().get(0);
            assertThat(order.getStatus()).isEqualTo(OrderStatus.PENDING);
            assertThat(order.getPlacedAt()).isNotNull();
            assertThat(order.getId()).isNotNull();
        });
    }

    @Test
    void removingFromADeleteOrphanCollectionDeletesExactlyThatRow() {
        User saved = factory.callInTransaction(em -> {
            User user = user("grace");
            user.addOrder(new Order());
            user.addOrder(new Order());
            em.persist(user);
            return user;
        });
        statistics.clear();
        factory.runInTransaction(em -> {
            User user = em.find(User.class, saved.getId());
            Order first = user.getOrders().get(0);
            assertThat(user.removeOrder(first)).isTrue();
        });
        assertThat(statistics.getEntityDeleteCount()).isEqualTo(1);
        int left = factory.callInTransaction(em -> em.find(User.class, saved.getId()).getOrders().size());
        assertThat(left).isEqualTo(1);
    }

    @Test
    void sequenceKeysArePooled() {
        statistics.clear();
        factory.runInTransaction(em -> {
            for (int i = 0; i < 10; i++) {
                em.persist(user("user" + i));
            }
        });
        assertThat(statistics.getEntityInsertCount()).isEqualTo(10);
        // one call for the pooled optimizer's first block (and at most one more at a block boundary), not ten
        assertThat(statistics.getPrepareStatementCount() - 10).isBetween(1L, 2L);
    }

    @Test
    void aStaleUpdateFailsOnTheVersion() {
        User saved = factory.callInTransaction(em -> {
            User user = user("linus");
            em.persist(user);
            return user;
        });
        factory.runInTransaction(em -> em.find(User.class, saved.getId()).setName("linus2"));
        saved.setName("stale");
        assertThatThrownBy(() -> factory.runInTransaction(em -> em.merge(saved)))
                .isInstanceOf(OptimisticLockException.class);
    }
}
