package io.github.schema2jpa.sample;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.Hibernate;
import org.hibernate.proxy.HibernateProxy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The lesson's story, one test per thing it says the Package/Release pair does, each asserting what happens and
 * exactly the SQL it costs.
 */
class LessonTest {

    private static SampleDatabase database;
    private static EntityManagerFactory factory;
    private static SqlCounter sql;

    @BeforeAll
    static void boot() {
        database = new SampleDatabase();
        factory = database.factory();
        sql = database.sql();
    }

    @AfterAll
    static void close() {
        database.close();
    }

    @BeforeEach
    void clean() {
        database.clean();
    }

    /** "When we load a package it doesn't actually load the releases unless we interact with it." */
    @Test
    void loadingAPackageDoesNotLoadItsReleasesUntilTheyAreTouched() {
        stored("requests", release(2, 31, 0), release(2, 32, 3));

        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, "requests");
            assertThat(Hibernate.isInitialized(pkg.getReleases())).isFalse();
            assertSql(SqlCount.none().selects(1));

            assertThat(versions(pkg.getReleases())).containsExactly("2.32.3", "2.31.0");
            assertThat(Hibernate.isInitialized(pkg.getReleases())).isTrue();
            assertSql(SqlCount.none().selects(2));
        });
        assertSql(SqlCount.none().selects(2));
    }

    /** "...and then we're going to do an order_by": major, minor and build version, newest first. */
    @Test
    void releasesComeBackOrderedByMajorMinorAndBuildVersionDescending() {
        stored("numpy", release(1, 9, 0), release(2, 1, 0), release(1, 10, 3), release(0, 9, 9), release(2, 1, 5),
                release(2, 0, 12));

        List<String> versions = factory.callInTransaction(em ->
                versions(em.find(Package.class, "numpy").getReleases()));

        assertThat(versions).containsExactly("2.1.5", "2.1.0", "2.0.12", "1.10.3", "1.9.0", "0.9.9");
        assertSql(SqlCount.none().selects(2));
        assertThat(sql.statements().get(1)).containsIgnoringCase("order by")
                .containsPattern("(?i)major_ver desc.*minor_ver desc.*build_ver desc");
    }

    /** "If we create new releases and put them into package.releases and commit, that will insert the releases." */
    @Test
    void releasesPutIntoPackageReleasesAreInsertedOnCommit() {
        stored("flask");

        List<Release> added = factory.callInTransaction(em -> {
            Package pkg = em.find(Package.class, "flask");
            List<Release> releases = List.of(release(3, 0, 0), release(3, 0, 1), release(3, 1, 0));
            releases.forEach(pkg.getReleases()::add);
            releases.forEach(release -> assertThat(release.getPackage()).isSameAs(pkg));
            assertThat(Hibernate.isInitialized(pkg.getReleases())).isFalse();
            assertSql(SqlCount.none().selects(1));
            return releases;
        });

        assertSql(SqlCount.none().selects(1).inserts(3));
        assertThat(added).allSatisfy(release -> assertThat(release.getId()).isNotNull());
        assertThat(packageIdColumn(added)).containsExactly("flask", "flask", "flask");
    }

    /** "We work on the same but in reverse as well, if we had set a package on a release." */
    @Test
    void aReleaseGivenItsPackageIsInsertedOnCommitAndJoinsItsReleases() {
        Release old = stored("django", release(4, 2, 0)).get(0);

        // the releases are loaded: the new one is among them at once, before any flush
        Release loadedCase = factory.callInTransaction(em -> {
            Package pkg = em.find(Package.class, "django");
            assertThat(pkg.getReleases()).containsExactly(old);
            Release release = release(5, 0, 0);
            release.setPackage(pkg);
            assertThat(pkg.getReleases()).containsExactly(old, release);
            assertSql(SqlCount.none().selects(2));
            return release;
        });
        assertSql(SqlCount.none().selects(2).inserts(1));
        assertThat(loadedCase.getId()).isNotNull();

        // the releases are not loaded: setting the package loads nothing; touching them shows the new one
        sql.reset();
        Release unloadedCase = factory.callInTransaction(em -> {
            Package pkg = em.find(Package.class, "django");
            Release release = release(5, 1, 0);
            release.setPackage(pkg);
            assertThat(Hibernate.isInitialized(pkg.getReleases())).isFalse();
            assertSql(SqlCount.none().selects(1));
            assertThat(pkg.getReleases()).contains(release);
            assertSql(SqlCount.none().selects(2));
            return release;
        });
        assertSql(SqlCount.none().selects(2).inserts(1));
        assertThat(packageIdColumn(List.of(loadedCase, unloadedCase))).containsExactly("django", "django");
        List<String> reloaded = factory.callInTransaction(em -> versions(em.find(Package.class, "django").getReleases()));
        assertThat(reloaded).containsExactly("5.1.0", "5.0.0", "4.2.0");
    }

    /** "So it's sort of bi-directional": both sides agree when a release moves, and when it is removed. */
    @Test
    void thePairStaysConsistentWhenAReleaseMovesAndWhenItIsRemoved() {
        List<Release> numpyReleases = stored("numpy", release(2, 0, 0), release(1, 0, 0));
        stored("scipy");
        Release moving = numpyReleases.get(1);
        Release staying = numpyReleases.get(0);

        factory.runInTransaction(em -> {
            Package numpy = em.find(Package.class, "numpy");
            Package scipy = em.find(Package.class, "scipy");
            Release release = numpy.getReleases().get(1);
            assertThat(release).isEqualTo(moving);
            scipy.getReleases().add(release);
            assertThat(release.getPackage()).isSameAs(scipy);
            assertThat(numpy.getReleases()).containsExactly(staying);
            assertThat(scipy.getReleases()).containsExactly(release);
            assertSql(SqlCount.none().selects(4));
        });
        assertSql(SqlCount.none().selects(4).updates(1));
        assertThat(packageIdColumn(List.of(moving, staying))).containsExactly("scipy", "numpy");

        sql.reset();
        factory.runInTransaction(em -> {
            Package numpy = em.find(Package.class, "numpy");
            Release release = numpy.getReleases().get(0);
            assertThat(numpy.getReleases().remove(release)).isTrue();
            assertThat(release.getPackage()).isNull();
            assertThat(release.getPackageId()).isNull();
            assertThat(numpy.getReleases()).isEmpty();
            assertSql(SqlCount.none().selects(2));
        });
        assertSql(SqlCount.none().selects(2).updates(1));
        assertThat(packageIdColumn(List.of(moving, staying))).containsExactly("scipy", null);
        List<Release> reloaded = factory.callInTransaction(em -> List.copyOf(em.find(Package.class, "numpy").getReleases()));
        assertThat(reloaded).isEmpty();
    }

    /** The many-to-one side: a release's package is a proxy until touched, and its id is known without loading. */
    @Test
    void aReleasesPackageIsLoadedLazilyAndItsIdIsReadWithoutLoadingIt() {
        Release stored = stored("pandas", release(2, 2, 3)).get(0);

        factory.runInTransaction(em -> {
            Release release = em.find(Release.class, stored.getId());
            assertSql(SqlCount.none().selects(1));
            assertThat(release.getPackage()).isInstanceOf(HibernateProxy.class);
            assertThat(Hibernate.isInitialized(release.getPackage())).isFalse();

            assertThat(release.getPackageId()).isEqualTo("pandas");
            assertThat(Hibernate.isInitialized(release.getPackage())).isFalse();
            assertSql(SqlCount.none().selects(1));

            assertThat(release.getPackage().getSummary()).isEqualTo("The pandas project");
            assertThat(Hibernate.isInitialized(release.getPackage())).isTrue();
            assertSql(SqlCount.none().selects(2));
        });
    }

    /** Identity that survives persisting, and that a Hibernate proxy shares with the loaded entity. */
    @Test
    void equalsAndHashCodeSurvivePersistingAndAReferenceEqualsTheLoadedEntity() {
        Package pkg = pkg("attrs");
        Release release = release(23, 1, 0);
        pkg.addRelease(release);
        Set<Object> set = new HashSet<>(List.of(pkg, release));

        factory.runInTransaction(em -> em.persist(pkg));
        assertSql(SqlCount.none().inserts(2));
        assertThat(release.getId()).isNotNull();
        assertThat(set).contains(pkg, release);

        Package loaded = factory.callInTransaction(em -> em.find(Package.class, "attrs"));
        Release loadedRelease = factory.callInTransaction(em -> em.find(Release.class, release.getId()));
        sql.reset();
        factory.runInTransaction(em -> {
            Package reference = em.getReference(Package.class, "attrs");
            Release releaseReference = em.getReference(Release.class, release.getId());
            assertThat(Hibernate.isInitialized(reference)).isFalse();
            assertThat(Hibernate.isInitialized(releaseReference)).isFalse();
            assertSql(SqlCount.none());

            // the loaded entity compares through the proxy's identifier getter, which loads nothing
            assertThat(loaded).isEqualTo(reference);
            assertThat(loadedRelease).isEqualTo(releaseReference);
            assertSql(SqlCount.none());

            // equals and hashCode are final, so the proxy runs them itself instead of loading its entity
            assertThat(reference).isEqualTo(loaded).hasSameHashCodeAs(loaded);
            assertThat(set).contains(reference);
            assertThat(releaseReference).isEqualTo(loadedRelease).hasSameHashCodeAs(loadedRelease);
            assertThat(set).contains(releaseReference);
            assertSql(SqlCount.none());
            assertThat(Hibernate.isInitialized(reference)).isFalse();
            assertThat(Hibernate.isInitialized(releaseReference)).isFalse();
        });
    }

    private void assertSql(SqlCount expected) {
        assertThat(sql.count()).as(sql::log).isEqualTo(expected);
    }

    /** Stores a package with releases in a transaction of its own, and forgets the SQL it cost. */
    private static List<Release> stored(String id, Release... releases) {
        Package pkg = pkg(id);
        for (Release release : releases) {
            pkg.addRelease(release);
        }
        factory.runInTransaction(em -> em.persist(pkg));
        sql.reset();
        return List.of(releases);
    }

    /** The {@code package_id} column of each release, read with plain SQL; the count is reset afterwards. */
    private static List<String> packageIdColumn(List<Release> releases) {
        List<String> ids = factory.callInTransaction(em -> releases.stream()
                .map(release -> (String) em.createNativeQuery("select package_id from releases where id = ?1", String.class)
                        .setParameter(1, release.getId())
                        .getSingleResult())
                .toList());
        sql.reset();
        return ids;
    }

    private static List<String> versions(List<Release> releases) {
        return releases.stream()
                .map(release -> release.getMajorVer() + "." + release.getMinorVer() + "." + release.getBuildVer())
                .toList();
    }

    private static Package pkg(String id) {
        Package pkg = new Package();
        pkg.setId(id);
        pkg.setSummary("The " + id + " project");
        return pkg;
    }

    private static Release release(long major, long minor, long build) {
        Release release = new Release();
        release.setMajorVer(major);
        release.setMinorVer(minor);
        release.setBuildVer(build);
        return release;
    }
}
