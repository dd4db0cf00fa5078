package org.example.pypi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class GeneratedPairTest {

    @Test
    void addingAReleaseSetsItsPackage() {
        Package pkg = new Package();
        pkg.setId("requests");
        Release release = new Release();

        pkg.getReleases().add(release);

        assertSame(pkg, release.getPackage());
        assertEquals("requests", release.getPackageId());
        assertEquals(1, pkg.getReleases().size());
    }

    @Test
    void removingAReleaseClearsItsPackage() {
        Package pkg = new Package();
        Release release = new Release();
        release.setPackage(pkg);

        pkg.removeRelease(release);

        assertNull(release.getPackage());
        assertEquals(0, pkg.getReleases().size());
    }
}
