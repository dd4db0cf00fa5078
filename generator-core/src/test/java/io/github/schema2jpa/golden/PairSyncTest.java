package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import java.util.List;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.Hibernate;
import org.junit.jupiter.api.Test;

/**
 * SQLAlchemy's back_populates semantics on plain objects, no database: whichever side the code touches, the other
 * side follows.
 */
class PairSyncTest {

    private final Package flask = pkg("flask");
    private final Package django = pkg("django");

    @Test
    void aNewPackageHasAnEmptyLoadedCollection() {
        assertThat(new Package().getReleases()).isNotNull().isEmpty();
        assertThat(Hibernate.isInitialized(new Package().getReleases())).isTrue();
    }

    @Test
    void addingToTheCollectionSetsTheReleasesPackage() {
        Release release = new Release();
        flask.getReleases().add(release);
        assertThat(release.getPackage()).isSameAs(flask);
        assertThat(flask.getReleases()).containsExactly(release);
    }

    @Test
    void theAddHelperSetsTheReleasesPackage() {
        Release release = new Release();
        flask.addRelease(release);
        assertThat(release.getPackage()).isSameAs(flask);
        assertThat(flask.getReleases()).containsExactly(release);
    }

    @Test
    void addAllAddsEachAndSetsEachPackage() {
        Release first = new Release();
        Release second = new Release();
        flask.getReleases().addAll(List.of(first, second));
        assertThat(flask.getReleases()).containsExactly(first, second);
        assertThat(first.getPackage()).isSameAs(flask);
        assertThat(second.getPackage()).isSameAs(flask);
    }

    @Test
    void removingFromTheCollectionClearsThePackage() {
        Release release = new Release();
        flask.addRelease(release);
        assertThat(flask.getReleases().remove(release)).isTrue();
        assertThat(release.getPackage()).isNull();
        assertThat(flask.getReleases()).isEmpty();
    }

    @Test
    void theRemoveHelperClearsThePackageAndSaysWhetherItBelonged() {
        Release mine = new Release();
        Release theirs = new Release();
        flask.addRelease(mine);
        django.addRelease(theirs);
        assertThat(flask.removeRelease(theirs)).isFalse();
        assertThat(theirs.getPackage()).isSameAs(django);
        assertThat(django.getReleases()).containsExactly(theirs);
        assertThat(flask.removeRelease(mine)).isTrue();
        assertThat(mine.getPackage()).isNull();
        assertThat(flask.getReleases()).isEmpty();
    }

    @Test
    void settingThePackagePutsTheReleaseIntoItsCollection() {
        Release release = new Release();
        release.setPackage(flask);
        assertThat(flask.getReleases()).containsExactly(release);
    }

    @Test
    void settingAnotherPackageMovesTheReleaseBetweenCollections() {
        Release release = new Release();
        release.setPackage(flask);
        release.setPackage(django);
        assertThat(flask.getReleases()).isEmpty();
        assertThat(django.getReleases()).containsExactly(release);
        assertThat(release.getPackage()).isSameAs(django);
    }

    @Test
    void settingNoPackageTakesTheReleaseOut() {
        Release release = new Release();
        release.setPackage(flask);
        release.setPackage(null);
        assertThat(flask.getReleases()).isEmpty();
        assertThat(release.getPackage()).isNull();
    }

    @Test
    void settingTheSamePackageAgainAddsNothingTwice() {
        Release release = new Release();
        release.setPackage(flask);
        release.setPackage(flask);
        flask.addRelease(release);
        flask.getReleases().add(release);
        assertThat(flask.getReleases()).containsExactly(release);
    }

    @Test
    void removingThroughTheIteratorAndClearingKeepBothSidesInStep() {
        Release first = new Release();
        Release second = new Release();
        Release third = new Release();
        flask.addRelease(first);
        flask.addRelease(second);
        flask.addRelease(third);
        Iterator<Release> iterator = flask.getReleases().iterator();
        iterator.next();
        iterator.remove();
        assertThat(first.getPackage()).isNull();
        assertThat(flask.getReleases()).containsExactly(second, third);
        flask.getReleases().clear();
        assertThat(flask.getReleases()).isEmpty();
        assertThat(second.getPackage()).isNull();
        assertThat(third.getPackage()).isNull();
    }

    @Test
    void removeIfKeepsBothSidesInStep() {
        Release old = new Release();
        old.setMajorVer(1L);
        Release current = new Release();
        current.setMajorVer(2L);
        flask.addRelease(old);
        flask.addRelease(current);
        flask.getReleases().removeIf(release -> release.getMajorVer() < 2);
        assertThat(flask.getReleases()).containsExactly(current);
        assertThat(old.getPackage()).isNull();
    }

    @Test
    void addAllFromAnotherPackagesListMovesEveryRelease() {
        List<Release> releases = releasesOf(flask, 6);
        assertThat(django.getReleases().addAll(flask.getReleases())).isTrue();
        assertThat(django.getReleases()).containsExactlyElementsOf(releases);
        assertThat(flask.getReleases()).isEmpty();
        assertThat(releases).allMatch(release -> release.getPackage() == django);
        assertThat(django.getReleases().addAll(List.of())).isFalse();
    }

    @Test
    void movingEachReleaseWhileIteratingFailsFastInsteadOfSkippingHalf() {
        List<Release> releases = releasesOf(flask, 6);
        assertThatExceptionOfType(ConcurrentModificationException.class).isThrownBy(() -> {
            for (Release release : flask.getReleases()) {
                release.setPackage(django);
            }
        });
        assertThat(django.getReleases()).containsExactly(releases.get(0));
        assertThat(flask.getReleases()).containsExactlyElementsOf(releases.subList(1, 6));
    }

    @Test
    void movingEachReleaseOfACopyMovesThemAll() {
        List<Release> releases = releasesOf(flask, 6);
        for (Release release : new ArrayList<>(flask.getReleases())) {
            release.setPackage(django);
        }
        assertThat(django.getReleases()).containsExactlyElementsOf(releases);
        assertThat(flask.getReleases()).isEmpty();
    }

    @Test
    void removingThroughTheIteratorVisitsEveryRelease() {
        List<Release> releases = releasesOf(flask, 6);
        List<Release> visited = new ArrayList<>();
        Iterator<Release> iterator = flask.getReleases().iterator();
        while (iterator.hasNext()) {
            Release release = iterator.next();
            visited.add(release);
            if (release.getMajorVer() % 2 == 0) {
                iterator.remove();
            }
        }
        assertThat(visited).containsExactlyElementsOf(releases);
        assertThat(flask.getReleases()).extracting(Release::getMajorVer).containsExactly(1L, 3L, 5L);
        assertThat(releases).filteredOn(release -> release.getMajorVer() % 2 == 0)
                .allMatch(release -> release.getPackage() == null);
        assertThatIllegalStateException().isThrownBy(() -> {
            Iterator<Release> fresh = flask.getReleases().iterator();
            fresh.next();
            fresh.remove();
            fresh.remove();
        });
    }

    @Test
    void removeAllAndRetainAllKeepBothSidesInStep() {
        List<Release> releases = releasesOf(flask, 4);
        flask.getReleases().removeAll(releases.subList(0, 2));
        assertThat(flask.getReleases()).containsExactlyElementsOf(releases.subList(2, 4));
        flask.getReleases().retainAll(List.of(releases.get(3)));
        assertThat(flask.getReleases()).containsExactly(releases.get(3));
        assertThat(releases.subList(0, 3)).allMatch(release -> release.getPackage() == null);
    }

    @Test
    void nullIsRefused() {
        assertThatNullPointerException().isThrownBy(() -> flask.addRelease(null));
        assertThatNullPointerException().isThrownBy(() -> flask.getReleases().add(null));
        assertThat(flask.removeRelease(null)).isFalse();
    }

    @Test
    void theForeignKeyValueIsReadThroughTheRelationship() {
        Release release = new Release();
        assertThat(release.getPackageId()).isNull();
        release.setPackage(flask);
        assertThat(release.getPackageId()).isEqualTo("flask");
    }

    @Test
    void toStringShowsBasicColumnsAndNoAssociation() {
        Release release = new Release();
        release.setMajorVer(2L);
        release.setPackage(flask);
        flask.setDescription("a very long text that stays out of toString");
        assertThat(release.toString()).contains("majorVer=2").doesNotContain("flask").doesNotContain("package");
        assertThat(flask.toString()).contains("id=flask").doesNotContain("releases").doesNotContain("long text");
    }

    @Test
    void equalityIsByIdentifierOnceSetAndIdentityBefore() {
        assertThat(pkg("flask")).isEqualTo(flask).hasSameHashCodeAs(flask);
        assertThat(new Package()).isNotEqualTo(new Package());
        Release release = new Release();
        assertThat(release).isEqualTo(release).isNotEqualTo(new Release()).hasSameHashCodeAs(new Release());
    }

    private static List<Release> releasesOf(Package pkg, int count) {
        List<Release> releases = new ArrayList<>();
        for (long major = 0; major < count; major++) {
            Release release = new Release();
            release.setMajorVer(major);
            pkg.addRelease(release);
            releases.add(release);
        }
        return releases;
    }

    private static Package pkg(String id) {
        Package pkg = new Package();
        pkg.setId(id);
        pkg.setSummary("The " + id + " project");
        return pkg;
    }
}
