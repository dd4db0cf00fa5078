package io.github.schema2jpa.sample;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.Hibernate;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * Tells the lesson's story on an in-memory H2 database, with the SQL Hibernate runs shown under each step.
 *
 * <p>From the repository's root: {@code mvn -B -q -pl sample-project -am -Pdemo process-classes}.
 */
public final class PypiDemo {

    private static final String URL = "jdbc:h2:mem:pypi-demo;DB_CLOSE_DELAY=-1";

    /** Hibernate's own log, kept to errors so that only the story and its SQL are printed; held, not collected. */
    private static final Logger HIBERNATE_LOG = Logger.getLogger("org.hibernate");

    private PypiDemo() {
    }

    public static void main(String[] args) {
        HIBERNATE_LOG.setLevel(Level.SEVERE);
        createTables();
        try (EntityManagerFactory factory = configuration(Action.NONE).showSql(true, false, false)
                .createEntityManagerFactory()) {
            tellTheStory(factory);
        }
    }

    private static void tellTheStory(EntityManagerFactory factory) {
        step("1. Create a package, put three releases into pkg.getReleases(), persist the package and commit:");
        factory.runInTransaction(em -> {
            Package pkg = new Package();
            pkg.setId("requests");
            pkg.setSummary("HTTP for Humans.");
            pkg.getReleases().add(release(2, 31, 0));
            pkg.getReleases().add(release(2, 32, 3));
            pkg.getReleases().add(release(2, 32, 0));
            em.persist(pkg);
        });

        step("2. In a new transaction, load the package: one SELECT, and its releases are not loaded:");
        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, "requests");
            say("   releases loaded? " + Hibernate.isInitialized(pkg.getReleases()));

            step("3. Touch pkg.getReleases(): the lazy SELECT, newest version first:");
            say("   releases: " + versions(pkg.getReleases()));
        });

        step("4. In a new transaction, load the package and give a new release its package with setPackage(pkg):");
        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, "requests");
            Release release = release(2, 33, 0);
            release.setPackage(pkg);
            say("   releases loaded? " + Hibernate.isInitialized(pkg.getReleases()) + " (no SELECT of the releases)");
            step("5. Commit: the release is inserted with its package_id:");
        });

        step("6. Reload the package and its releases:");
        factory.runInTransaction(em -> say("   releases: " + versions(em.find(Package.class, "requests").getReleases())));
    }

    /** Creates the tables with a factory of its own, so that the story's SQL is not buried in DDL. */
    private static void createTables() {
        configuration(Action.CREATE_ONLY).createEntityManagerFactory().close();
    }

    private static HibernatePersistenceConfiguration configuration(Action action) {
        return new HibernatePersistenceConfiguration("pypi-demo")
                .managedClass(Package.class)
                .managedClass(Release.class)
                .jdbcUrl(URL)
                .jdbcCredentials("sa", "")
                .schemaToolingAction(action);
    }

    private static Release release(long major, long minor, long build) {
        Release release = new Release();
        release.setMajorVer(major);
        release.setMinorVer(minor);
        release.setBuildVer(build);
        return release;
    }

    private static String versions(List<Release> releases) {
        return releases.stream()
                .map(release -> release.getMajorVer() + "." + release.getMinorVer() + "." + release.getBuildVer())
                .collect(Collectors.joining(", "));
    }

    private static void step(String line) {
        say("");
        say(line);
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
