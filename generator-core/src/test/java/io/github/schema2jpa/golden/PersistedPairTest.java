package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The generated pair on Hibernate: identity across persist, and sync that loads nothing it need not. */
class PersistedPairTest {

    private static EntityManagerFactory factory;
    private static Statistics statistics;

    @BeforeAll
    static void boot() {
        factory = new Database().boot(List.of(Package.class, Release.class), Action.CREATE);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void clearStatistics() {
        statistics.clear();
    }

    @Test
    void hashCodeSurvivesPersisting() {
        Release release = new Release();
        Set<Release> set = new HashSet<>();
        set.add(release);
        factory.runInTransaction(em -> {
            Package pkg = pkg("hash");
            pkg.addRelease(release);
            em.persist(pkg);
        });
        assertThat(release.getId()).isNotNull();
        assertThat(set).contains(release);
    }

    @Test
    void setPackageOnAnUnloadedCollectionQueuesTheAddWithoutASelect() {
        factory.runInTransaction(em -> em.persist(pkg("queued")));
        statistics.clear();
        Release added = factory.callInTransaction( em -> {
            Package pkg = em.find(Package.class, "queued");
            Release release = new Release();
            release.setMajorVer(1L);
            release.setPackage(pkg);
            assertThat(Hibernate.isInitialized(pkg.getReleases())).isFalse();
            assertThat(statistics.getCollectionFetchCount()).isZero();
            return release;
        });
        assertThat(statistics.getCollectionFetchCount()).isZero();
        assertThat(statistics.getEntityInsertCount()).isEqualTo(1);
        assertThat(added.getId()).isNotNull();
        factory.runInTransaction(em -> {
            assertThat(em.find(Package.class, "queued").getReleases()).containsExactly(added);
        });
    }

    @Test
    void aReferenceProxyEqualsTheLoadedEntityBothWays() {
        factory.runInTransaction(em -> em.persist(pkg("proxied")));
        factory.runInTransaction(em -> {
            Package reference = em.getReference(Package.class, "proxied");
            assertThat(Hibernate.isInitialized(reference)).isFalse();
            Package loaded = factory.callInTransaction(other -> other.find(Package.class, "proxied"));
            assertThat(reference).isEqualTo(loaded);
            assertThat(loaded).isEqualTo(reference);
        });
    }

    @Test
    void aReferenceProxyGoesIntoAHashSetAndComparesWithoutASelect() {
        factory.runInTransaction(em -> em.persist(pkg("hashed-proxy")));
        Package loaded = factory.callInTransaction(em -> em.find(Package.class, "hashed-proxy"));
        statistics.clear();
        factory.runInTransaction(em -> {
            Package reference = em.getReference(Package.class, "hashed-proxy");
            Set<Package> set = new HashSet<>();
            set.add(reference);
            assertThat(set).contains(loaded);
            assertThat(reference.hashCode()).isEqualTo(loaded.hashCode());
            assertThat(reference).isEqualTo(loaded).isNotEqualTo(pkg("other"));
            assertThat(loaded).isEqualTo(reference);
            assertThat(reference.getId()).isEqualTo("hashed-proxy");
            assertThat(Hibernate.isInitialized(reference)).isFalse();
        });
        assertThat(statistics.getPrepareStatementCount()).isZero();
    }

    @Test
    void jpqlNamesTheKeywordRelationshipByItsField() {
        factory.runInTransaction(em -> {
            Package pkg = pkg("jpql");
            pkg.addRelease(new Release());
            em.persist(pkg);
        });
        List<Release> releases = factory.callInTransaction(em -> em.createQuery(
                        "select r from Release r where r.package_.id = :id", Release.class)
                .setParameter("id", "jpql")
                .getResultList());
        assertThat(releases).hasSize(1);
        assertThat(releases.get(0).getPackageId()).isEqualTo("jpql");
    }

    private static Package pkg(String id) {
        Package pkg = new Package();
        pkg.setId(id);
        pkg.setSummary("The " + id + " project");
        return pkg;
    }
}
