package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.List;
import org.example.accounts.Avatar;
import org.example.accounts.Portrait;
import org.example.accounts.Profile;
import org.example.accounts.Setting;
import org.example.accounts.User;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one-to-one pairs of {@code schemas/examples/one_to_one.yaml}: a profile shares its user's key
 * ({@code @MapsId}), an avatar has a unique foreign key of its own. Either side can set the pair, and the other
 * follows; the foreign key side stays lazy.
 */
class OneToOneTest {

    private static final Database DATABASE = new Database();
    private static final SqlLog LOG = new SqlLog();
    private static EntityManagerFactory factory;
    private static Statistics statistics;

    @BeforeAll
    static void boot() {
        factory = DATABASE.boot(List.of(User.class, Profile.class, Avatar.class, Setting.class, Portrait.class), Action.CREATE, LOG);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static User user(String name) {
        User user = new User();
        user.setName(name);
        return user;
    }

    private static Avatar avatar(String url) {
        Avatar avatar = new Avatar();
        avatar.setUrl(url);
        return avatar;
    }

    @Test
    void eitherSideSetsThePairOnPlainObjects() {
        User ada = user("ada");
        Profile first = new Profile();
        Profile second = new Profile();

        ada.setProfile(first);
        assertThat(first.getUser()).isSameAs(ada);

        second.setUser(ada);
        assertThat(ada.getProfile()).isSameAs(second);
        assertThat(first.getUser()).as("the replaced profile lets go of its user").isNull();

        ada.setProfile(null);
        assertThat(second.getUser()).isNull();
        assertThat(ada.getProfile()).isNull();
    }

    @Test
    void removingAnAvatarWhileItsUserHoldsItDeletesIt() {
        Integer avatarId = factory.callInTransaction(em -> {
            User dora = user("dora");
            Avatar avatar = avatar("d.png");
            dora.setAvatar(avatar);
            em.persist(dora);
            em.persist(avatar);
            return avatar.getId();
        });
        factory.runInTransaction(em -> {
            Avatar avatar = em.find(Avatar.class, avatarId);
            User dora = avatar.getUser();
            assertThat(dora.getAvatar()).isSameAs(avatar);
            LOG.clear();
            em.remove(avatar);
            em.flush();
            assertThat(LOG.statements()).as("the user's loaded avatar does not bring it back").containsExactly(
                    "delete from avatars where id=?");
            assertThat(dora.getAvatar()).isNull();
        });
        factory.runInTransaction(em -> assertThat(em.find(Avatar.class, avatarId)).isNull());
    }

    @Test
    void anAvatarMovingToAnotherUserLeavesTheFirstWithout() {
        User ada = user("ada");
        User bob = user("bob");
        Avatar avatar = avatar("a.png");

        avatar.setUser(ada);
        assertThat(ada.getAvatar()).isSameAs(avatar);
        bob.setAvatar(avatar);
        assertThat(avatar.getUser()).isSameAs(bob);
        assertThat(ada.getAvatar()).isNull();
    }

    @Test
    void theProfileSharesItsUsersKeyAndIsSavedWithIt() {
        User saved = factory.callInTransaction(em -> {
            User carol = user("carol");
            Profile profile = new Profile();
            profile.setBio("writes compilers");
            carol.setProfile(profile);
            em.persist(carol);
            return carol;
        });
        assertThat(saved.getProfile().getUserId()).isEqualTo(saved.getId());
        factory.runInTransaction(em -> {
            Profile profile = em.find(Profile.class, saved.getId());
            assertThat(profile.getBio()).isEqualTo("writes compilers");
            assertThat(profile.getUser().getId()).isEqualTo(saved.getId());
        });
    }

    @Test
    void loadingAProfileIsOneSelectAndLeavesItsUserAProxy() {
        User saved = factory.callInTransaction(em -> {
            User dave = user("dave");
            dave.setProfile(new Profile());
            em.persist(dave);
            return dave;
        });
        factory.runInTransaction(em -> {
            statistics.clear();
            Profile profile = em.find(Profile.class, saved.getId());
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            assertThat(Hibernate.isInitialized(profile.getUser())).isFalse();
            assertThat(profile.getUserId()).isEqualTo(saved.getId());
            assertThat(statistics.getPrepareStatementCount()).as("reading the shared key loads nothing").isEqualTo(1);
        });
    }

    @Test
    void loadingAUserLoadsNeitherSideWithoutTheKeyUntilItIsTouched() {
        User saved = factory.callInTransaction(em -> {
            User erin = user("erin");
            erin.setProfile(new Profile());
            erin.setAvatar(avatar("e.png"));
            em.persist(erin);
            return erin;
        });
        factory.runInTransaction(em -> {
            LOG.clear();
            User erin = em.find(User.class, saved.getId());
            assertThat(LOG.statements()).as("finding the user").hasSize(1);
            assertThat(erin.getProfile()).isNotNull();
            assertThat(erin.getAvatar().getUrl()).isEqualTo("e.png");
            assertThat(LOG.statements()).as("one SELECT per side touched, as SQLAlchemy's lazy='select'").hasSize(3);
            assertThat(erin.getSettings()).isNull();
            assertThat(LOG.statements()).hasSize(4);
        });
    }

    @Test
    void queryingTenUsersIsOneSelect() {
        factory.runInTransaction(em -> {
            for (int i = 0; i < 10; i++) {
                User user = user("many" + i);
                user.setProfile(new Profile());
                user.setAvatar(avatar("many" + i + ".png"));
                em.persist(user);
            }
        });
        factory.runInTransaction(em -> {
            LOG.clear();
            List<User> users = em.createQuery("select u from User u where u.name like 'many%'", User.class)
                    .getResultList();
            assertThat(users).hasSize(10);
            assertThat(LOG.statements()).as("the users, and nothing per user").hasSize(1);
        });
    }

    @Test
    void aOneToOneKnownOnlyFromTheSideWithoutTheKeyWritesTheKeyAndDeletesItsOrphan() {
        User saved = factory.callInTransaction(em -> {
            User kim = user("kim");
            Setting setting = new Setting();
            setting.setTheme("dark");
            kim.setSettings(setting);
            em.persist(kim);
            return kim;
        });
        Object rows = factory.callInTransaction(em -> em.createNativeQuery(
                "select count(*) from settings where user_id = " + saved.getId()).getSingleResult());
        assertThat(rows).isEqualTo(1L);
        factory.runInTransaction(em -> {
            User kim = em.find(User.class, saved.getId());
            assertThat(kim.getSettings().getTheme()).isEqualTo("dark");
            Setting light = new Setting();
            light.setTheme("light");
            LOG.clear();
            kim.setSettings(light);
            em.flush();
            assertThat(LOG.startingWith("delete from settings")).as("the replaced one is an orphan").hasSize(1);
            assertThat(LOG.startingWith("insert into settings")).hasSize(1);
        });
        factory.runInTransaction(em -> {
            assertThat(em.find(User.class, saved.getId()).getSettings().getTheme()).isEqualTo("light");
            assertThat(em.createNativeQuery("select count(*) from settings").getSingleResult()).isEqualTo(1L);
        });
    }

    @Test
    void clearingADeleteOrphanProfileDeletesItsRow() {
        User saved = factory.callInTransaction(em -> {
            User frank = user("frank");
            frank.setProfile(new Profile());
            em.persist(frank);
            return frank;
        });
        statistics.clear();
        factory.runInTransaction(em -> em.find(User.class, saved.getId()).setProfile(null));
        assertThat(statistics.getEntityDeleteCount()).isEqualTo(1);
        factory.runInTransaction(em -> assertThat(em.find(Profile.class, saved.getId())).isNull());
    }

    @Test
    void aSecondAvatarForOneUserIsRefusedByTheUniqueKey() {
        User saved = factory.callInTransaction(em -> {
            User grace = user("grace");
            em.persist(grace);
            Avatar avatar = avatar("g.png");
            avatar.setUser(grace);
            em.persist(avatar);
            return grace;
        });
        assertThatThrownBy(() -> factory.runInTransaction(em -> {
            Avatar another = avatar("g2.png");
            // bypass the sync: the database must refuse a second avatar row for the user
            em.persist(another);
            em.createNativeQuery("update avatars set user_id = ?1 where id = ?2")
                    .setParameter(1, saved.getId()).setParameter(2, another.getId()).executeUpdate();
        })).isInstanceOf(PersistenceException.class);
    }

    @Test
    void theDdlSharesTheKeyAndNamesTheForeignKeys() throws SQLException {
        DatabaseMetadata metadata = new DatabaseMetadata(DATABASE);
        assertThat(metadata.columns("PROFILES")).containsExactlyInAnyOrder("USER_ID", "BIO");
        assertThat(metadata.primaryKey("PROFILES")).containsExactly("USER_ID");
        assertThat(metadata.foreignKeys("PROFILES")).containsExactly("FK_PROFILES_USER_ID_USERS");
        assertThat(metadata.foreignKeys("AVATARS")).containsExactly("FK_AVATARS_USER_ID_USERS");
        assertThat(metadata.foreignKeys("SETTINGS")).containsExactly("FK_SETTINGS_USER_ID_USERS");
    }

    @Test
    void aPersistedProfileCannotMoveToAnotherUserForTheyShareItsKey() {
        User saved = factory.callInTransaction(em -> {
            User hana = user("hana");
            hana.setProfile(new Profile());
            em.persist(hana);
            return hana;
        });
        factory.runInTransaction(em -> {
            User other = user("ivan");
            em.persist(other);
            Profile profile = em.find(Profile.class, saved.getId());
            assertThatThrownBy(() -> profile.setUser(other)).isInstanceOf(IllegalStateException.class)
                    .hasMessage("Profile.user gives Profile its primary key, which cannot change");
            assertThat(profile.getUser().getId()).isEqualTo(saved.getId());
        });
    }

    private static Portrait portrait(String url) {
        Portrait portrait = new Portrait();
        portrait.setUrl(url);
        return portrait;
    }

    private static long portraits() {
        return factory.callInTransaction(em -> ((Number) em.createNativeQuery("select count(*) from portraits")
                .getSingleResult()).longValue());
    }

    @Test
    void aSingleParentManyToOneDeletesTheTargetItOrphansAndDeletesWithItsParent() {
        User saved = factory.callInTransaction(em -> {
            User lena = user("lena");
            lena.setPortrait(portrait("first.png"));
            em.persist(lena);
            return lena;
        });
        long before = portraits();
        factory.runInTransaction(em -> {
            User lena = em.find(User.class, saved.getId());
            LOG.clear();
            lena.setPortrait(portrait("second.png"));
            em.flush();
            assertThat(LOG.startingWith("insert into portraits")).hasSize(1);
            assertThat(LOG.startingWith("delete from portraits")).as("the orphan").hasSize(1);
        });
        assertThat(portraits()).isEqualTo(before);
        factory.runInTransaction(em -> {
            assertThat(em.find(User.class, saved.getId()).getPortrait().getUrl()).isEqualTo("second.png");
            em.remove(em.find(User.class, saved.getId()));
        });
        assertThat(portraits()).isEqualTo(before - 1);
    }
}
