package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.example.files.ReleaseFile;
import org.example.files.ReleaseFileId;
import org.example.maintainership.Maintainer;
import org.example.maintainership.MaintainerId;
import org.example.maintainership.Package;
import org.example.maintainership.Role;
import org.example.maintainership.User;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Composite primary keys: {@code schemas/examples/composite_key.yaml} (three basic columns) and
 * {@code schemas/examples/association_object.yaml} (an association entity keyed by its two foreign keys, with
 * columns of its own). Both get an {@code @IdClass} with value equality, and the entities find, compare and
 * delete by it.
 */
class CompositeKeyTest {

    private static final Database DATABASE = new Database();
    private static EntityManagerFactory factory;
    private static Statistics statistics;

    @BeforeAll
    static void boot() {
        factory = DATABASE.boot(List.of(ReleaseFile.class, Package.class, User.class, Maintainer.class), Action.CREATE);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static ReleaseFile file(String packageName, String version, String filename, long size) {
        ReleaseFile file = new ReleaseFile();
        file.setPackageName(packageName);
        file.setVersion(version);
        file.setFilename(filename);
        file.setSize(size);
        return file;
    }

    @Test
    void theKeyClassIsAValue() {
        assertThat(new ReleaseFileId("requests", "2.32.0", "a.whl"))
                .isEqualTo(new ReleaseFileId("requests", "2.32.0", "a.whl"))
                .hasSameHashCodeAs(new ReleaseFileId("requests", "2.32.0", "a.whl"))
                .isNotEqualTo(new ReleaseFileId("requests", "2.32.0", "b.whl"));
        assertThat(new MaintainerId("requests", 1)).isEqualTo(new MaintainerId("requests", 1))
                .isNotEqualTo(new MaintainerId("requests", 2));
    }

    @Test
    void anEntityIsFoundByItsKeyInOneSelectAndEqualsItsCopyOnlyWhenTheKeyIsComplete() {
        factory.runInTransaction(em -> em.persist(file("requests", "2.32.0", "requests-2.32.0.tar.gz", 131_000)));
        ReleaseFile found = factory.callInTransaction(em -> {
            statistics.clear();
            ReleaseFile file = em.find(ReleaseFile.class,
                    new ReleaseFileId("requests", "2.32.0", "requests-2.32.0.tar.gz"));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            return file;
        });
        assertThat(found.getSize()).isEqualTo(131_000L);
        assertThat(found).isEqualTo(file("requests", "2.32.0", "requests-2.32.0.tar.gz", 0));
        assertThat(file(null, null, null, 0)).isNotEqualTo(file(null, null, null, 0));
        Set<ReleaseFile> files = new HashSet<>(List.of(found));
        assertThat(files).contains(file("requests", "2.32.0", "requests-2.32.0.tar.gz", 1));
    }

    @Test
    void anAssociationObjectLinksBothEndsAndCarriesItsOwnColumns() {
        User saved = factory.callInTransaction(em -> {
            Package pkg = new Package();
            pkg.setId("httpx");
            pkg.setSummary("an HTTP client");
            User tom = new User();
            tom.setName("tom");
            em.persist(tom);
            Maintainer maintainer = new Maintainer();
            maintainer.setRole(Role.OWNER);
            maintainer.setSince(LocalDate.of(2019, 1, 1));
            maintainer.setUser(tom);
            pkg.getMaintainers().add(maintainer);
            assertThat(maintainer.getPackage()).isSameAs(pkg);
            assertThat(tom.getMaintained()).containsExactly(maintainer);
            em.persist(pkg);
            return tom;
        });
        factory.runInTransaction(em -> {
            statistics.clear();
            Maintainer maintainer = em.find(Maintainer.class, new MaintainerId("httpx", saved.getId()));
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            assertThat(maintainer.getRole()).isEqualTo(Role.OWNER);
            assertThat(maintainer.getSince()).isEqualTo(LocalDate.of(2019, 1, 1));
            assertThat(Hibernate.isInitialized(maintainer.getPackage())).as("the package stays a proxy").isFalse();
            assertThat(maintainer.getPackageId()).isEqualTo("httpx");
            assertThat(maintainer.getUser().getName()).isEqualTo("tom");
            assertThat(em.find(Package.class, "httpx").getMaintainers()).containsExactly(maintainer);
        });
    }

    @Test
    void removingAnAssociationObjectFromItsOwnerDeletesExactlyItsRow() {
        User saved = factory.callInTransaction(em -> {
            Package pkg = new Package();
            pkg.setId("rich");
            pkg.setSummary("rich text");
            for (String name : List.of("will", "darren")) {
                User user = new User();
                user.setName(name);
                em.persist(user);
                Maintainer maintainer = new Maintainer();
                maintainer.setUser(user);
                pkg.addMaintainer(maintainer);
            }
            em.persist(pkg);
            return pkg.getMaintainers().get(0).getUser();
        });
        statistics.clear();
        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, "rich");
            Maintainer first = em.find(Maintainer.class, new MaintainerId("rich", saved.getId()));
            assertThat(first.getRole()).as("the default applied on insert").isEqualTo(Role.MAINTAINER);
            assertThat(pkg.removeMaintainer(first)).isTrue();
        });
        assertThat(statistics.getEntityDeleteCount()).isEqualTo(1);
        factory.runInTransaction(em -> {
            assertThat(em.find(Package.class, "rich").getMaintainers()).extracting(m -> m.getUser().getName())
                    .containsExactly("darren");
            assertThat(em.find(User.class, saved.getId())).as("the user stays").isNotNull();
        });
    }

    @Test
    void theDdlKeysTheAssociationTableByBothForeignKeys() throws SQLException {
        DatabaseMetadata metadata = new DatabaseMetadata(DATABASE);
        assertThat(metadata.primaryKey("MAINTAINERS")).containsExactlyInAnyOrder("PACKAGE_ID", "USER_ID");
        assertThat(metadata.primaryKey("RELEASE_FILES")).containsExactlyInAnyOrder("PACKAGE_NAME", "VERSION", "FILENAME");
        assertThat(metadata.foreignKeys("MAINTAINERS")).containsExactlyInAnyOrder(
                "FK_MAINTAINERS_PACKAGE_ID_PACKAGES", "FK_MAINTAINERS_USER_ID_USERS");
    }

    @Test
    void anAssociationObjectCannotLeaveTheSideWhoseKeyItHoldsWithoutDeleteOrphan() {
        User user = new User();
        Maintainer maintainer = new Maintainer();
        maintainer.setUser(user);

        assertThatThrownBy(() -> user.getMaintained().remove(maintainer))
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessage("Maintainer.user is part of the primary key of Maintainer: delete the Maintainer instead,"
                        + " or give 'maintained' the cascade delete-orphan");
        assertThat(user.removeMaintainership(new Maintainer())).as("one that is not there").isFalse();
        assertThat(maintainer.getUser()).isSameAs(user);
    }

    private static Package newPackage(String id) {
        Package pkg = new Package();
        pkg.setId(id);
        pkg.setSummary("summary of " + id);
        return pkg;
    }

    @Test
    void aKeyPartCannotMoveToAnotherPackageAndSaysSoBeforeAnyFlush() {
        factory.runInTransaction(em -> {
            User user = new User();
            user.setName("xena");
            em.persist(user);
            Package first = newPackage("keypart-1");
            Package second = newPackage("keypart-2");
            Maintainer maintainer = new Maintainer();
            maintainer.setUser(user);
            first.addMaintainer(maintainer);
            em.persist(first);
            em.persist(second);
        });
        factory.runInTransaction(em -> {
            Package second = em.find(Package.class, "keypart-2");
            Maintainer maintainer = em.find(Package.class, "keypart-1").getMaintainers().get(0);
            assertThatThrownBy(() -> maintainer.setPackage(second)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Maintainer.package is part of the primary key of Maintainer, which cannot change:"
                            + " delete this Maintainer and create a new one for the other package");
            assertThatThrownBy(() -> second.getMaintainers().add(maintainer))
                    .isInstanceOf(IllegalStateException.class);
            assertThat(maintainer.getPackage().getId()).isEqualTo("keypart-1");
            assertThat(second.getMaintainers()).isEmpty();
            maintainer.setPackage(em.getReference(Package.class, "keypart-1")); // the same row: allowed
        });
        factory.runInTransaction(em -> assertThat(em.find(Package.class, "keypart-1").getMaintainers()).hasSize(1));
    }

    /** A new package, a new user and the maintainer that links them, built before anything is saved. */
    private static Maintainer newGraph(String packageId, String userName) {
        Package pkg = newPackage(packageId);
        User user = new User();
        user.setName(userName);
        Maintainer maintainer = new Maintainer();
        maintainer.setUser(user);
        pkg.getMaintainers().add(maintainer);
        return maintainer;
    }

    private static long maintainersOf(String packageId) {
        return factory.callInTransaction(em -> em.createQuery(
                "select count(m) from Maintainer m where m.package_.id = :id", Long.class)
                .setParameter("id", packageId).getSingleResult());
    }

    @Test
    void aNewGraphIsSavedThroughTheUserWhoseKeyIsGenerated() {
        factory.runInTransaction(em -> em.merge(newGraph("graph-merge", "yuri").getUser()));
        assertThat(maintainersOf("graph-merge")).isEqualTo(1);

        factory.runInTransaction(em -> {
            User user = new User();
            user.setName("zoe");
            em.persist(user);
            Maintainer maintainer = new Maintainer();
            maintainer.setUser(user);
            Package pkg = newPackage("graph-persist");
            pkg.getMaintainers().add(maintainer);
            em.persist(pkg);
        });
        assertThat(maintainersOf("graph-persist")).isEqualTo(1);
    }

    /**
     * Hibernate derives the maintainer's key by saving the new user in a persist of its own, whose cascade saves the
     * maintainer a second time: persisting the package fails at once (on 7.x; 6.6 saves the graph). Either way
     * nothing is lost silently: the transaction is rolled back and no row of the graph is stored.
     */
    @Test
    void aNewGraphSavedFromThePackageEitherSavesItAllOrFailsAtOnceAndSavesNothing() {
        boolean saved;
        try {
            factory.runInTransaction(em -> em.persist(newGraph("graph-failing", "anne").getPackage()));
            saved = true;
        } catch (RuntimeException failure) {
            assertThat(failure).hasMessageContaining("Maintainer");
            saved = false;
        }
        long packages = factory.callInTransaction(em -> em.createQuery(
                "select count(p) from Package p where p.id = 'graph-failing'", Long.class).getSingleResult());
        assertThat(packages).isEqualTo(saved ? 1 : 0);
        assertThat(maintainersOf("graph-failing")).isEqualTo(saved ? 1 : 0);
    }
}
