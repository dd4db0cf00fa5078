package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import java.util.ArrayList;
import java.util.ConcurrentModificationException;
import java.util.List;
import org.example.accounts.Avatar;
import org.example.accounts.Portrait;
import org.example.accounts.Profile;
import org.example.accounts.Setting;
import org.example.accounts.User;
import org.example.forum.Post;
import org.example.forum.Subscription;
import org.example.forum.Thread;
import org.example.pypi.Package;
import org.example.pypi.Release;
import org.hibernate.Hibernate;
import org.hibernate.TransientObjectException;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The pairs on Hibernate in every load order that matters: which parent is loaded first, whether a collection is
 * loaded, whether a parent is removed or detached. SQLAlchemy 1.4 is the reference for each outcome (its statements
 * are quoted where they are the point); where the generated code differs on purpose, the difference is in
 * {@code docs/schema-language.md}.
 */
class LoadOrderTest {

    // Hibernate 7 names the property that references the transient entity (Release.package_), 6.6 its class: the
    // assertions take either, in a TransientObjectException (7 throws its subclass TransientPropertyValueException)

    private static final SqlLog sql = new SqlLog();
    private static EntityManagerFactory factory;

    @BeforeAll
    static void boot() {
        factory = new H2Database().boot(List.of(Package.class, Release.class, Thread.class, Post.class,
                Subscription.class, User.class, Avatar.class, Profile.class, Portrait.class, Setting.class), Action.CREATE,
                sql);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void clearLog() {
        sql.clear();
    }

    // ---- deleting a parent never comes undone

    @Test
    void removingAPackageWhoseReleasesAreLoadedFailsNamingTheReleasesThatStillReferenceIt() {
        Package saved = pkg("loaded-releases", 2);
        sql.clear();

        assertThatThrownBy(() -> factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, saved.getId());
            assertThat(pkg.getReleases()).hasSize(2);
            em.remove(pkg);
        })).hasRootCauseInstanceOf(TransientObjectException.class)
                .rootCause().message().containsAnyOf("Release.package_", "org.example.pypi.Package");

        assertThat(sql.startingWith("delete ")).isEmpty();
        assertThat(releaseCount(saved.getId())).isEqualTo(2);
    }

    @Test
    void removingAPackageWithNothingLoadedFailsOnTheForeignKey() {
        Package saved = pkg("nothing-loaded", 2);

        assertThatThrownBy(() -> factory.runInTransaction(em -> em.remove(em.find(Package.class, saved.getId()))))
                .satisfies(failure -> assertThat(causes(failure)).anyMatch(message -> message.toLowerCase()
                        .contains("fk_releases_package_id_packages")));

        assertThat(find(Package.class, saved.getId())).isNotNull();
    }

    @Test
    void removingAPackageAfterClearingItsReleasesNullsTheirForeignKeysAndDeletesItAsSqlAlchemyDoes() {
        Package saved = pkg("cleared", 2);
        sql.clear();

        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, saved.getId());
            pkg.getReleases().clear();
            em.remove(pkg);
        });

        // SQLAlchemy: SELECT packages, SELECT releases, UPDATE releases SET package_id=NULL (each), DELETE packages
        assertThat(sql.startingWith("select ")).hasSize(2);
        assertThat(sql.startingWith("update releases ")).hasSize(2).allMatch(update -> update.contains("package_id=?"));
        assertThat(sql.startingWith("delete ")).containsExactly("delete from packages where id=?");
        assertThat(find(Package.class, saved.getId())).isNull();
        long nulled = factory.callInTransaction(em -> em.createQuery(
                "select count(r) from Release r where r.package_ is null and r.comment = :c", Long.class)
                .setParameter("c", saved.getId()).getSingleResult());
        assertThat(nulled).isEqualTo(2);
    }

    // ---- deleting a child never comes undone either

    @Test
    void removingAReleaseWhosePackagesReleasesAreLoadedDeletesItAndTheCollectionLetsGoOfIt() {
        Package saved = pkg("remove-loaded", 2);
        sql.clear();

        factory.runInTransaction(em -> {
            Package pkg = em.find(Package.class, saved.getId());
            assertThat(pkg.getReleases()).hasSize(2);
            Release release = pkg.getReleases().get(0);
            em.remove(release);
            assertThat(pkg.getReleases()).doesNotContain(release).hasSize(1);
            em.flush();
            // SQLAlchemy: DELETE FROM releases WHERE releases.id = ?, and pkg.releases no longer holds it
            assertThat(sql.startingWith("delete ")).containsExactly("delete from releases where id=?");
            assertThat(pkg.getReleases()).doesNotContain(release).hasSize(1);
        });

        assertThat(releaseCount(saved.getId())).isEqualTo(1);
    }

    @Test
    void removingAReleaseWhosePackageIsLoadedButNotItsReleasesDeletesItWithoutLoadingThem() {
        Package saved = pkg("remove-unloaded", 2);
        Integer releaseId = saved.getReleases().get(0).getId();
        sql.clear();

        factory.runInTransaction(em -> {
            Release release = em.find(Release.class, releaseId);
            Hibernate.initialize(release.getPackage());
            em.remove(release);
            em.flush();
            assertThat(Hibernate.isInitialized(release.getPackage().getReleases())).isFalse();
        });

        assertThat(sql.startingWith("select ")).as("the release, its package; not the package's releases").hasSize(2);
        assertThat(sql.startingWith("delete ")).containsExactly("delete from releases where id=?");
        assertThat(releaseCount(saved.getId())).isEqualTo(1);
    }

    @Test
    void removingAPostWhoseThreadsPostsAreLoadedDeletesItOnceUnderDeleteOrphan() {
        Thread saved = thread("remove a post", 2, 0);
        sql.clear();

        factory.runInTransaction(em -> {
            Thread thread = em.find(Thread.class, saved.getId());
            assertThat(thread.getPosts()).hasSize(2);
            Post post = thread.getPosts().get(0);
            em.remove(post);
            em.flush();
            assertThat(sql.startingWith("delete ")).containsExactly("delete from posts where id=?");
            assertThat(thread.getPosts()).doesNotContain(post).hasSize(1);
        });

        assertThat(rows("posts", saved.getId())).isEqualTo(1);
    }

    @Test
    void removingAThreadWhosePostsAndSubscriptionsAreLoadedDeletesItsPostsAndLeavesTheSubscriptionsToTheDatabase() {
        Thread saved = thread("all loaded", 2, 2);
        sql.clear();

        factory.runInTransaction(em -> {
            Thread thread = em.find(Thread.class, saved.getId());
            assertThat(thread.getPosts()).hasSize(2);
            assertThat(thread.getSubscriptions()).hasSize(2);
            em.remove(thread);
        });

        assertThat(sql.startingWith("delete ")).containsExactly(
                "delete from posts where id=?", "delete from posts where id=?", "delete from threads where id=?");
        assertThat(rows("posts", saved.getId()) + rows("subscriptions", saved.getId())).isZero();
        assertThat(find(Thread.class, saved.getId())).isNull();
    }

    @Test
    void removingAUserWhoseAvatarIsLoadedFailsNamingTheAvatarAndClearingItFirstDeletesTheUser() {
        User saved = new User();
        saved.setName("ada");
        Avatar avatar = new Avatar();
        avatar.setUrl("ada.png");
        avatar.setUser(saved);
        factory.runInTransaction(em -> {
            em.persist(saved);
            em.persist(avatar);
        });
        sql.clear();

        assertThatThrownBy(() -> factory.runInTransaction(em -> {
            User user = em.find(User.class, saved.getId());
            assertThat(Hibernate.isInitialized(user.getAvatar())).isTrue();
            em.remove(user);
        })).hasRootCauseInstanceOf(TransientObjectException.class)
                .rootCause().message().containsAnyOf("Avatar.user", "org.example.accounts.User");
        assertThat(sql.startingWith("delete ")).isEmpty();

        factory.runInTransaction(em -> {
            User user = em.find(User.class, saved.getId());
            user.setAvatar(null);
            em.remove(user);
        });
        assertThat(find(User.class, saved.getId())).isNull();
        assertThat(find(Avatar.class, avatar.getId()).getUserId()).isNull();
    }

    @Test
    void persistingAReleaseWhosePackageIsNewFailsNamingThePackage() {
        Package pkg = newPackage("never persisted");
        Release release = new Release();
        release.setPackage(pkg);

        assertThatThrownBy(() -> factory.runInTransaction(em -> em.persist(release)))
                .hasRootCauseInstanceOf(TransientObjectException.class)
                .rootCause().message().containsAnyOf("Release.package_", "org.example.pypi.Package");
        assertThat(sql.startingWith("insert into packages")).isEmpty();
    }

    // ---- moving a child under all, delete-orphan is not orphaning, in every load order

    enum Order { NEW_PARENT_FIRST, OLD_PARENT_FIRST }

    enum Move { SETTER, NEW_PARENTS_COLLECTION, ADD_HELPER }

    @ParameterizedTest
    @EnumSource(Order.class)
    void movingAPostBetweenLoadedThreadsIsOneUpdate(Order order) {
        for (Move move : Move.values()) {
            Thread from = thread("from " + order + move, 2, 0);
            Thread to = thread("to " + order + move, 1, 0);
            Integer moved = from.getPosts().get(0).getId();
            sql.clear();

            factory.runInTransaction(em -> {
                Thread first = em.find(Thread.class, order == Order.NEW_PARENT_FIRST ? to.getId() : from.getId());
                Thread second = em.find(Thread.class, order == Order.NEW_PARENT_FIRST ? from.getId() : to.getId());
                first.getPosts().size();
                second.getPosts().size();
                Thread oldThread = order == Order.NEW_PARENT_FIRST ? second : first;
                Thread newThread = order == Order.NEW_PARENT_FIRST ? first : second;
                Post post = em.find(Post.class, moved);
                moveTo(move, post, newThread);
                assertThat(oldThread.getPosts()).hasSize(1).doesNotContain(post);
                assertThat(newThread.getPosts()).hasSize(2).contains(post);
            });

            assertThat(sql.startingWith("delete ")).as("%s %s", order, move).isEmpty();
            assertThat(sql.startingWith("update ")).as("%s %s", order, move)
                    .containsExactly("update posts set body=?,thread_id=? where id=?");
            assertThat(rows("posts", from.getId())).isEqualTo(1);
            assertThat(rows("posts", to.getId())).isEqualTo(2);
        }
    }

    @ParameterizedTest
    @EnumSource(Move.class)
    void movingAPostWhenOnlyOneThreadsPostsAreLoadedIsOneUpdate(Move move) {
        for (boolean oldLoaded : new boolean[] {true, false}) {
            Thread from = thread("half from " + move + oldLoaded, 2, 0);
            Thread to = thread("half to " + move + oldLoaded, 1, 0);
            Integer moved = from.getPosts().get(0).getId();
            sql.clear();

            factory.runInTransaction(em -> {
                Thread oldThread = em.find(Thread.class, from.getId());
                Thread newThread = em.find(Thread.class, to.getId());
                (oldLoaded ? oldThread : newThread).getPosts().size();
                moveTo(move, em.find(Post.class, moved), newThread);
                assertThat(oldThread.getPosts()).hasSize(1);
                assertThat(newThread.getPosts()).hasSize(2);
            });

            assertThat(sql.startingWith("delete ")).as("%s, old loaded: %s", move, oldLoaded).isEmpty();
            assertThat(sql.startingWith("update ")).hasSize(1);
            assertThat(rows("posts", from.getId())).isEqualTo(1);
            assertThat(rows("posts", to.getId())).isEqualTo(2);
        }
    }

    private static void moveTo(Move move, Post post, Thread thread) {
        switch (move) {
            case SETTER -> post.setThread(thread);
            case NEW_PARENTS_COLLECTION -> thread.getPosts().add(post);
            case ADD_HELPER -> thread.addPost(post);
        }
    }

    // ---- delete-orphan deletes the orphan whether the collection is loaded or not

    enum Loaded { POSTS, THREAD_ONLY, NOTHING }

    @ParameterizedTest
    @EnumSource(Loaded.class)
    void clearingAPostsThreadDeletesThePost(Loaded loaded) {
        Thread saved = thread("orphan " + loaded, 2, 0);
        Integer orphan = saved.getPosts().get(0).getId();
        sql.clear();

        factory.runInTransaction(em -> {
            if (loaded != Loaded.NOTHING) {
                Thread thread = em.find(Thread.class, saved.getId());
                if (loaded == Loaded.POSTS) {
                    thread.getPosts().size();
                }
            }
            em.find(Post.class, orphan).setThread(null);
        });

        assertThat(sql.startingWith("delete ")).containsExactly("delete from posts where id=?");
        assertThat(sql.startingWith("update ")).isEmpty();
        assertThat(rows("posts", saved.getId())).isEqualTo(1);
        assertThat(find(Post.class, orphan)).isNull();
    }

    @Test
    void removingAPostThroughItsUnloadedThreadDeletesExactlyThatPost() {
        Thread saved = thread("remove unloaded", 3, 0);
        Integer orphan = saved.getPosts().get(1).getId();
        sql.clear();

        factory.runInTransaction(em -> {
            Thread thread = em.find(Thread.class, saved.getId());
            Post post = em.find(Post.class, orphan);
            assertThat(thread.removePost(post)).isTrue();
            assertThat(thread.getPosts()).hasSize(2).doesNotContain(post);
        });

        assertThat(sql.startingWith("delete ")).containsExactly("delete from posts where id=?");
        assertThat(rows("posts", saved.getId())).isEqualTo(2);
    }

    // ---- a collection loaded after a change shows the change (SQLAlchemy autoflushes before a lazy load)

    @Test
    void aCollectionLoadedAfterAMoveNoLongerHoldsWhatMovedAndCostsNoExtraSelect() {
        Package oldPackage = pkg("stale-old", 2);
        Package newPackage = pkg("stale-new", 0);
        Integer moved = oldPackage.getReleases().get(0).getId();
        sql.clear();

        factory.runInTransaction(em -> {
            Release release = em.find(Release.class, moved);
            Package target = em.find(Package.class, newPackage.getId());
            release.setPackage(target);
            Package source = em.find(Package.class, oldPackage.getId());
            assertThat(Hibernate.isInitialized(source.getReleases())).isFalse();
            int selects = sql.startingWith("select ").size();

            assertThat(source.getReleases()).hasSize(1).doesNotContain(release);
            assertThat(sql.startingWith("select ")).as("one SELECT loads the collection").hasSize(selects + 1);
            assertThat(source.getReleases().remove(release)).isFalse();
            source.getReleases().clear();
            assertThat(release.getPackage()).isSameAs(target);
            assertThat(target.getReleases()).containsExactly(release);
        });

        assertThat(releaseCount(oldPackage.getId())).isZero();
        assertThat(releaseCount(newPackage.getId())).isEqualTo(1);
    }

    @Test
    void anAdditionQueuedAndThenUndoneIsNotShownWhenTheCollectionLoads() {
        Package saved = pkg("queued-then-undone", 1);
        sql.clear();

        Release release = factory.callInTransaction(em -> {
            Package pkg = em.find(Package.class, saved.getId());
            Release added = new Release();
            added.setMajorVer(7L);
            em.persist(added);
            added.setPackage(pkg);
            added.setPackage(null);
            assertThat(Hibernate.isInitialized(pkg.getReleases())).isFalse();
            assertThat(pkg.getReleases()).hasSize(1).doesNotContain(added);
            return added;
        });

        assertThat(release.getPackage()).isNull();
        assertThat(releaseCount(saved.getId())).isEqualTo(1);
        factory.runInTransaction(em -> assertThat(em.find(Release.class, release.getId()).getPackageId()).isNull());
    }

    @Test
    void aMovedPostIsNotAnOrphanWhenItsOldThreadsPostsLoadAfterTheMove() {
        Thread from = thread("late load from", 2, 0);
        Thread to = thread("late load to", 0, 0);
        Integer moved = from.getPosts().get(0).getId();
        sql.clear();

        factory.runInTransaction(em -> {
            Post post = em.find(Post.class, moved);
            post.setThread(em.find(Thread.class, to.getId()));
            assertThat(em.find(Thread.class, from.getId()).getPosts()).hasSize(1).doesNotContain(post);
        });

        assertThat(sql.startingWith("delete ")).isEmpty();
        assertThat(rows("posts", from.getId())).isEqualTo(1);
        assertThat(rows("posts", to.getId())).isEqualTo(1);
    }

    // ---- a detached parent takes a new child without throwing and without half a link

    enum Link { SETTER, ADD_HELPER, COLLECTION }

    @ParameterizedTest
    @EnumSource(Link.class)
    void aNewReleaseLinkedToADetachedPackageIsInsertedByMerge(Link link) {
        Package saved = pkg("detached-" + link, 1);
        Package detached = factory.callInTransaction(em -> em.find(Package.class, saved.getId()));
        assertThat(Hibernate.isInitialized(detached.getReleases())).isFalse();

        Release release = new Release();
        release.setMajorVer(9L);
        switch (link) {
            case SETTER -> release.setPackage(detached);
            case ADD_HELPER -> detached.addRelease(release);
            case COLLECTION -> detached.getReleases().add(release);
        }
        assertThat(release.getPackage()).isSameAs(detached);
        assertThat(Hibernate.isInitialized(detached.getReleases())).as("left to the database").isFalse();

        sql.clear();
        Release merged = factory.callInTransaction(em -> em.merge(release));
        assertThat(sql.startingWith("insert into releases")).hasSize(1);
        assertThat(merged.getPackageId()).isEqualTo(saved.getId());
        assertThat(releaseCount(saved.getId())).isEqualTo(2);
    }

    @Test
    void aReleaseLeavingADetachedPackageForAnotherIsMergedWithItsNewPackage() {
        Package from = pkg("detached-from", 1);
        Package to = pkg("detached-to", 0);
        Release release = factory.callInTransaction(em -> {
            Release found = em.find(Release.class, from.getReleases().get(0).getId());
            Hibernate.initialize(found.getPackage());
            return found;
        });
        Package target = factory.callInTransaction(em -> em.find(Package.class, to.getId()));

        release.setPackage(target);
        release.setPackage(null);
        release.setPackage(target);

        factory.runInTransaction(em -> em.merge(release));
        assertThat(releaseCount(from.getId())).isZero();
        assertThat(releaseCount(to.getId())).isEqualTo(1);
    }

    // ---- bulk moves move everything; iteration is fail-fast

    @Test
    void addAllOfAnotherPackagesLoadedReleasesMovesAllSix() {
        Package from = pkg("bulk-from", 6);
        Package to = pkg("bulk-to", 0);
        sql.clear();

        factory.runInTransaction(em -> {
            Package source = em.find(Package.class, from.getId());
            Package target = em.find(Package.class, to.getId());
            assertThat(target.getReleases().addAll(source.getReleases())).isTrue();
            assertThat(source.getReleases()).isEmpty();
            assertThat(target.getReleases()).hasSize(6);
        });

        assertThat(sql.startingWith("update releases ")).hasSize(6);
        assertThat(releaseCount(from.getId())).isZero();
        assertThat(releaseCount(to.getId())).isEqualTo(6);
    }

    @Test
    void movingEachLoadedReleaseWhileIteratingFailsFastAndWritesNothing() {
        Package from = pkg("iterate-from", 6);
        Package to = pkg("iterate-to", 0);
        sql.clear();

        assertThatThrownBy(() -> factory.runInTransaction(em -> {
            Package target = em.find(Package.class, to.getId());
            for (Release release : em.find(Package.class, from.getId()).getReleases()) {
                release.setPackage(target);
            }
        })).isInstanceOf(ConcurrentModificationException.class);

        assertThat(sql.startingWith("update ")).isEmpty();
        assertThat(releaseCount(from.getId())).isEqualTo(6);
    }

    // ---- helpers

    private static List<String> causes(Throwable failure) {
        List<String> messages = new ArrayList<>();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.add(String.valueOf(cause.getMessage()));
        }
        return messages;
    }

    private static Package newPackage(String id) {
        Package pkg = new Package();
        pkg.setId(id);
        pkg.setSummary("The " + id + " project");
        return pkg;
    }

    /** A persisted package with {@code releases} releases, major versions 0, 1, ..., each commented with its id. */
    private static Package pkg(String id, int releases) {
        Package pkg = newPackage(id);
        for (int i = 0; i < releases; i++) {
            Release release = new Release();
            release.setMajorVer((long) i);
            release.setComment(id);
            pkg.addRelease(release);
        }
        factory.runInTransaction(em -> em.persist(pkg));
        return pkg;
    }

    private static Thread thread(String title, int posts, int subscriptions) {
        return ForumThreads.saved(factory, title, posts, subscriptions);
    }

    private static <T> T find(Class<T> type, Object id) {
        return factory.callInTransaction(em -> em.find(type, id));
    }

    private static long releaseCount(String packageId) {
        return factory.callInTransaction(em -> em.createQuery(
                "select count(r) from Release r where r.package_.id = :id", Long.class)
                .setParameter("id", packageId).getSingleResult());
    }

    private static long rows(String table, Integer threadId) {
        return factory.callInTransaction(em -> ((Number) em.createNativeQuery(
                        "select count(*) from " + table + " where thread_id = :thread")
                .setParameter("thread", threadId)
                .getSingleResult()).longValue());
    }
}
