package org.example.pypi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;

/** The lesson through the generated Spring Data repositories. */
@DataJpaTest
class LessonTest {

    @Autowired
    PackageRepository packages;

    @Autowired
    ReleaseRepository releases;

    @Autowired
    EntityManager entityManager;

    @Test
    void releasesPutIntoAPackageAreSavedWithItAndLoadLazilyNewestFirst() {
        Package requests = new Package();
        requests.setId("requests");
        requests.setSummary("HTTP for Humans.");
        requests.getReleases().add(release(2, 31, 0));
        requests.getReleases().add(release(2, 32, 3));
        packages.save(requests);
        entityManager.flush();
        entityManager.clear();

        Package reloaded = packages.findById("requests").orElseThrow();
        assertFalse(entityManager.getEntityManagerFactory().getPersistenceUnitUtil().isLoaded(reloaded, "releases"),
                "releases load lazily");
        assertEquals(List.of(32L, 31L), reloaded.getReleases().stream().map(Release::getMinorVer).toList());
        assertEquals(2, releases.count());

        Release latest = release(2, 33, 0);
        latest.setPackage(reloaded);
        assertTrue(reloaded.getReleases().contains(latest), "the release side updates the package side");
        releases.save(latest);
        entityManager.flush();
        entityManager.clear();

        assertEquals(3, releases.count());
        Package again = packages.findById("requests").orElseThrow();
        assertEquals(List.of(33L, 32L, 31L), again.getReleases().stream().map(Release::getMinorVer).toList());
        assertSame(again, again.getReleases().get(0).getPackage());
    }

    private static Release release(long major, long minor, long build) {
        Release release = new Release();
        release.setMajorVer(major);
        release.setMinorVer(minor);
        release.setBuildVer(build);
        return release;
    }
}
