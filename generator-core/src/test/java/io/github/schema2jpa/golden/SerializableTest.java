package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;

/** Entities are {@link Serializable}: a detached package and its loaded releases survive a round trip. */
class SerializableTest {

    @SuppressWarnings("unchecked")
    private static <T> T roundTrip(T object) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
            out.writeObject(object);
        }
        try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return (T) in.readObject();
        }
    }

    @Test
    void aDetachedPackageWithItsLoadedReleasesRoundTrips() throws Exception {
        try (EntityManagerFactory factory = new Database().boot(List.of(Package.class, Release.class), Action.CREATE)) {
            factory.runInTransaction(em -> {
                Package pkg = new Package();
                pkg.setId("requests");
                pkg.setSummary("HTTP for Humans.");
                Release release = new Release();
                release.setMajorVer(2L);
                pkg.addRelease(release);
                em.persist(pkg);
            });
            Package loaded = factory.callInTransaction(em -> {
                Package pkg = em.find(Package.class, "requests");
                pkg.getReleases().size();
                return pkg;
            });

            Package copy = roundTrip(loaded);

            assertThat(copy).isEqualTo(loaded).isNotSameAs(loaded);
            assertThat(copy.getSummary()).isEqualTo("HTTP for Humans.");
            assertThat(copy.getReleases()).hasSize(1);
            assertThat(copy.getReleases().get(0).getPackage()).isSameAs(copy);
            assertThat(copy.getReleases().get(0).getMajorVer()).isEqualTo(2L);
        }
    }
}
