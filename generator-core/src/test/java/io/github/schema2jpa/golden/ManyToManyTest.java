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
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The many-to-many pair of {@code schemas/examples/many_to_many.yaml}: packages and their maintainers through the
 * {@code package_maintainers} association table. Sets on both sides, kept in step from either side; a link is one
 * row of the association table, and deleting either end never deletes the other.
 */
class ManyToManyTest {

    private static final SqlLog LOG = new SqlLog();
    private static EntityManagerFactory factory;
    private static Statistics statistics;
    private static PersistenceUnitUtil units;

    @BeforeAll
    static void boot() {
        factory = new Database().boot(List.of(Package.class, User.class), Action.CREATE, LOG);
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

    /** Three packages, each maintained by the returned user and 50 others. */
    private static User maintainerOfThreeCrowdedPackages(String prefix) {
        return factory.callInTransaction(em -> {
            User user = user(prefix);
            em.persist(user);
            for (int p = 0; p < 3; p++) {
                Package pkg = pkg(prefix + p);
                pkg.addMaintainer(user);
                for (int m = 0; m < 50; m++) {
                    pkg.addMaintainer(user(prefix + p + "-" + m));
                }
                em.persist(pkg);
            }
            return user;
        });
    }

    @Test
    void deletingAUserDeletesItsLinksWithOneStatementAndLoadsNoOtherSideSet() {
        User saved = maintainerOfThreeCrowdedPackages("crowd");
        long before = links();
        factory.runInTransaction(em -> {
            User user = em.find(User.class, saved.getId());
            LOG.clear();
            statistics.clear();
            em.remove(user);
            em.flush();
            assertThat(LOG.statements()).as("SQLAlchemy: one SELECT of the user's set, then the DELETEs").hasSize(3);
            assertThat(LOG.statements().get(0)).startsWith("select ");
            assertThat(LOG.statements().subList(1, 3)).containsExactly(
                    "delete from package_maintainers where user_id=?",
                    "delete from users where id=?");
            assertThat(statistics.getCollectionFetchCount()).as("the user's own set").isEqualTo(1);
            assertThat(statistics.getEntityLoadCount()).as("its three packages").isEqualTo(3);
        });
        assertThat(links()).isEqualTo(before - 3);
        factory.runInTransaction(em -> assertThat(em.find(Package.class, "crowd0").getMaintainers()).hasSize(50));
    }

    @Test
    void deletingAUserWhoseLinksAreLoadedOnTheOtherSideDeletesItsLinksToo() {
        User saved = maintainerOfThreeCrowdedPackages("loaded");
        long before = links();
        factory.runInTransaction(em -> {
            Package first = em.find(Package.class, "loaded0");
            User user = em.find(User.class, saved.getId());
            assertThat(first.getMaintainers()).contains(user);
            assertThat(user.getPackages()).hasSize(3);
            LOG.clear();
            em.remove(user);
            em.flush();
            assertThat(LOG.statements()).as("no set loaded, nothing brought back by the cascade").containsExactly(
                    "delete from package_maintainers where user_id=?",
                    "delete from package_maintainers where package_id=? and user_id=?",
                    "delete from users where id=?");
            assertThat(first.getMaintainers()).as("the loaded set let go of the deleted user").hasSize(50);
        });
        assertThat(links()).isEqualTo(before - 3);
        factory.runInTransaction(em -> assertThat(em.find(User.class, saved.getId())).isNull());
    }

    @Test
    void deletingAPackageDeletesItsLinksInOneStatementWithoutLoadingASet() {
        maintainerOfThreeCrowdedPackages("cascade");
        long before = links();
        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, "cascade1");
            LOG.clear();
            em.remove(pkg);
            em.flush();
            // the same on Hibernate 6.6 and 7; the database's ON DELETE CASCADE covers links Hibernate does not know
            assertThat(LOG.statements()).containsExactly(
                    "delete from package_maintainers where package_id=?",
                    "delete from packages where id=?");
        });
        assertThat(links()).isEqualTo(before - 51);
    }

    @ParameterizedTest(name = "the package's own set loaded: {0}")
    @ValueSource(booleans = {false, true})
    void deletingAPackageWhileAMaintainersSetIsLoadedDeletesItAndTheSetLetsGoOfIt(boolean ownSetLoaded) {
        String prefix = ownSetLoaded ? "held-both" : "held";
        User saved = maintainerOfThreeCrowdedPackages(prefix);
        long before = links();
        factory.runInTransaction(em -> {
            User user = em.find(User.class, saved.getId());
            assertThat(user.getPackages()).hasSize(3);
            Package pkg = em.find(Package.class, prefix + "1");
            if (ownSetLoaded) {
                assertThat(pkg.getMaintainers()).hasSize(51);
            }
            LOG.clear();
            em.remove(pkg);
            em.flush();
            assertThat(LOG.statements()).as("no SELECT: the links in one statement, then the package")
                    .containsExactly(
                            "delete from package_maintainers where package_id=?",
                            "delete from packages where id=?");
            assertThat(user.getPackages()).as("the loaded set let go of the deleted package")
                    .extracting(Package::getId).containsExactlyInAnyOrder(prefix + "0", prefix + "2");
        });
        assertThat(links()).isEqualTo(before - 51);
        factory.runInTransaction(em -> {
            assertThat(em.find(Package.class, prefix + "1")).isNull();
            assertThat(em.find(User.class, saved.getId()).getPackages()).hasSize(2);
        });
    }

    @Test
    void theAssociationTableHasItsIndexAndItsForeignKeyToPackagesDeletesOnCascade() {
        factory.runInTransaction(em -> em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            java.sql.DatabaseMetaData metadata = connection.getMetaData();
            String table = metadata.storesUpperCaseIdentifiers() ? "PACKAGE_MAINTAINERS" : "package_maintainers";
            java.util.Map<String, Integer> deleteRules = new java.util.TreeMap<>();
            try (java.sql.ResultSet keys = metadata.getImportedKeys(null, null, table)) {
                while (keys.next()) {
                    deleteRules.put(keys.getString("FK_NAME").toLowerCase(java.util.Locale.ROOT),
                            keys.getInt("DELETE_RULE"));
                }
            }
            assertThat(deleteRules).containsOnlyKeys("fk_package_maintainers_package_id_packages",
                    "fk_package_maintainers_user_id_users");
            assertThat(deleteRules.get("fk_package_maintainers_package_id_packages"))
                    .isEqualTo(java.sql.DatabaseMetaData.importedKeyCascade);
            assertThat(deleteRules.get("fk_package_maintainers_user_id_users"))
                    .isNotEqualTo(java.sql.DatabaseMetaData.importedKeyCascade);
            List<String> indexes = new java.util.ArrayList<>();
            try (java.sql.ResultSet rows = metadata.getIndexInfo(null, null, table, false, false)) {
                while (rows.next()) {
                    if (rows.getString("INDEX_NAME") != null) {
                        indexes.add(rows.getString("INDEX_NAME").toLowerCase(java.util.Locale.ROOT));
                    }
                }
            }
            assertThat(indexes).contains("ix_package_maintainers_user_id");
        }));
    }
}
