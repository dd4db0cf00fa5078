package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.example.teams.Person;
import org.example.teams.Team;
import org.example.teams.Webauthn;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code schemas/examples/same_singular.yaml}: relationships whose singular is their own name ({@code staff},
 * {@code webauthn}). Their helpers' parameters are named like the fields and still link the right objects.
 */
class SameSingularTest {

    private static EntityManagerFactory factory;

    @BeforeAll
    static void boot() {
        factory = new H2Database().boot(List.of(Team.class, Person.class, Webauthn.class), Action.CREATE);
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Person person(String name) {
        Person person = new Person();
        person.setName(name);
        return person;
    }

    private static Webauthn key(String label) {
        Webauthn key = new Webauthn();
        key.setLabel(label);
        return key;
    }

    @Test
    void staffAndWebauthnLinkBothSidesAndAreSaved() {
        Team team = new Team();
        team.setName("infra");
        Person ada = person("ada");
        Person bob = person("bob");
        assertThat(team.addStaff(ada)).isTrue();
        assertThat(bob.getTeams().add(team)).isTrue();
        assertThat(team.getStaff()).containsExactly(ada, bob);
        assertThat(ada.getTeams()).containsExactly(team);
        assertThat(team.removeStaff(bob)).isTrue();
        assertThat(bob.getTeams()).isEmpty();

        Webauthn first = key("yubikey");
        ada.setWebauthn(first);
        assertThat(first.getPerson()).isSameAs(ada);
        Webauthn second = key("passkey");
        second.setPerson(ada);
        assertThat(ada.getWebauthn()).isSameAs(second);
        assertThat(first.getPerson()).isNull();

        Integer id = factory.callInTransaction(em -> {
            em.persist(team);
            return ada.getId();
        });
        factory.runInTransaction(em -> {
            Person loaded = em.find(Person.class, id);
            assertThat(loaded.getTeams()).extracting(Team::getName).containsExactly("infra");
            assertThat(loaded.getWebauthn().getLabel()).isEqualTo("passkey");
            em.remove(loaded);
        });
        factory.runInTransaction(em -> {
            assertThat(em.find(Person.class, id)).isNull();
            assertThat(em.createQuery("from Team", Team.class).getSingleResult().getStaff()).isEmpty();
        });
    }
}
