package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceUnitUtil;
import java.util.List;
import org.example.maintainers.Package;
import org.example.maintainers.User;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The many-to-many pair of {@code schemas/examples/many_to_many.yaml}: packages and their maintainers through the
 * {@code package_maintainers} association table. Sets on both sides, kept in step from either side; a link is one
 * row of the association table, and deleting either end never deletes the other.
 */
class ManyToManyTest {

    private static EntityManagerFactory factory;
    private static Statistics statistics;
    private static PersistenceUnitUtil units;

    @BeforeAll
    static void boot() {
        factory = new H2Database().boot(List.of(Package.class, User.class), Action.CREATE);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
        units = factory.getPersistenceUnitUtil();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Package pkg(String id) {
        Package pkg = new Package();
        pkg.setId(id);
        pkg.setSummary("summary of " + id);
        return pkg;
    }

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        return user;
    }

    private static long links() {
        return factory.callInTransaction(em -> ((Number) em.createNativeQuery(
                "select count(*) from package_maintainers").getSingleResult()).longValue());
    }

    @Test
    void addingOnEitherSideLinksBothOnPlainObjects() {
        Package pkg = pkg("plain");
        User ada = user("ada");
        User bob = user("bob");

        assertThat(pkg.getMaintainers().add(ada)).isTrue();
        assertThat(bob.getPackages().add(pkg)).isTrue();
        assertThat(pkg.getMaintainers()).containsExactlyInAnyOrder(ada, bob);
        assertThat(ada.getPackages()).containsExactly(pkg);
        assertThat(bob.getPackages()).containsExactly(pkg);

        assertThat(pkg.getMaintainers().add(ada)).as("a second link of the same pair").isFalse();
        assertThat(ada.getPackages().remove(pkg)).isTrue();
        assertThat(pkg.getMaintainers()).containsExactly(bob);
        assertThat(ada.getPackages()).isEmpty();
        assertThat(pkg.removeMaintainer(ada)).as("removing what is not linked").isFalse();
    }

    @Test
    void linksMadeFromTheInverseSideAreWrittenOnCommit() {
        User saved = factory.callInTransaction(em -> {
            User carol = user("carol");
            carol.addPackage(pkg("requests"));
            carol.getPackages().add(pkg("httpx"));
            em.persist(carol);
            return carol;
        });
        factory.runInTransaction(em -> {
            User carol = em.find(User.class, saved.getId());
            assertThat(carol.getPackages()).extracting(Package::getId).containsExactlyInAnyOrder("requests", "httpx");
            assertThat(em.find(Package.class, "httpx").getMaintainers()).containsExactly(carol);
        });
    }

    @Test
    void oneNewLinkBetweenLoadedEntitiesIsOneInsertAndLoadsNothingElse() {
        factory.runInTransaction(em -> {
            em.persist(pkg("flask"));
            em.persist(user("dave"));
        });
        long before = links();
        factory.runInTransaction(em -> {
            Package flask = em.find(Package.class, "flask");
            User dave = em.createQuery("from User where name = 'dave'", User.class).getSingleResult();
            Hibernate.initialize(flask.getMaintainers());
            statistics.clear();

            flask.getMaintainers().add(dave);
            em.flush();

            assertThat(statistics.getPrepareStatementCount()).as("statements to link").isEqualTo(1);
            assertThat(statistics.getCollectionFetchCount()).as("collections loaded").isZero();
            assertThat(units.isLoaded(dave, "packages")).as("the other side stays unloaded").isFalse();
        });
        assertThat(links()).isEqualTo(before + 1);
    }

    @Test
    void unlinkingIsOneDeleteOfTheLinkAndKeepsBothEnds() {
        User saved = factory.callInTransaction(em -> {
            User erin = user("erin");
            erin.addPackage(pkg("numpy"));
            erin.addPackage(pkg("scipy"));
            em.persist(erin);
            return erin;
        });
        long before = links();
        factory.runInTransaction(em -> {
            Package numpy = em.find(Package.class, "numpy");
            User erin = em.find(User.class, saved.getId());
            Hibernate.initialize(numpy.getMaintainers());
            statistics.clear();

            assertThat(numpy.getMaintainers().remove(erin)).isTrue();
            em.flush();

            assertThat(statistics.getPrepareStatementCount()).as("statements to unlink").isEqualTo(1);
            assertThat(statistics.getEntityDeleteCount()).isZero();
        });
        assertThat(links()).isEqualTo(before - 1);
        factory.runInTransaction(em -> {
            assertThat(em.find(User.class, saved.getId()).getPackages()).extracting(Package::getId)
                    .containsExactly("scipy");
            assertThat(em.find(Package.class, "numpy").getMaintainers()).isEmpty();
        });
    }

    @Test
    void deletingAPackageDeletesItsLinksButNotItsMaintainers() {
        User saved = factory.callInTransaction(em -> {
            User frank = user("frank");
            frank.addPackage(pkg("django"));
            em.persist(frank);
            return frank;
        });
        factory.runInTransaction(em -> em.remove(em.find(Package.class, "django")));
        factory.runInTransaction(em -> {
            assertThat(em.find(Package.class, "django")).isNull();
            User frank = em.find(User.class, saved.getId());
            assertThat(frank).isNotNull();
            assertThat(frank.getPackages()).isEmpty();
        });
    }

    @Test
    void deletingAMaintainerDeletesItsLinksButNotItsPackages() {
        User saved = factory.callInTransaction(em -> {
            User gina = user("gina");
            gina.addPackage(pkg("pandas"));
            gina.addPackage(pkg("polars"));
            em.persist(gina);
            return gina;
        });
        long before = links();
        factory.runInTransaction(em -> em.remove(em.find(User.class, saved.getId())));
        assertThat(links()).isEqualTo(before - 2);
        factory.runInTransaction(em -> {
            assertThat(em.find(User.class, saved.getId())).isNull();
            assertThat(em.find(Package.class, "pandas").getMaintainers()).isEmpty();
            assertThat(em.find(Package.class, "polars")).isNotNull();
        });
    }
}
