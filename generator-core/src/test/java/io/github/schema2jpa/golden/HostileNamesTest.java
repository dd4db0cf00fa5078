package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names schema2jpa accepts although Java, JavaPoet or the generated code could trip over them
 * ({@code src/test/resources/valid/hostile-names.yaml}): entities named like the classes the generated code imports
 * ({@code Entity}, {@code List}, {@code Hibernate}, {@code Column}) or like {@code java.lang} classes it does not use
 * ({@code Record}, {@code Thread}); properties named by restricted identifiers ({@code var}, {@code record},
 * {@code yield}, {@code sealed}, {@code permits}) and by keywords ({@code default}, {@code new}, renamed fields);
 * one enum shared by two columns. The code compiles without a warning, and Hibernate creates, validates and runs it.
 */
class HostileNamesTest {

    private static final Path SCHEMA = Path.of("src/test/resources/valid/hostile-names.yaml");
    private static final String PACKAGE = "org.example.hostilenames.";

    @Test
    void compilesWithoutWarningsBootsAndRuns(@TempDir Path work) throws Exception {
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(SCHEMA), sources));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.written()).extracting(path -> path.getFileName().toString()).containsExactlyInAnyOrder(
                "BackPopulatedList.java", "Column.java", "Entity.java", "Hibernate.java", "List.java",
                "Record.java", "State.java", "Thread.java");

        assertThat(Javac.compile(sources, classes)).isEmpty();

        ClassLoader previous = java.lang.Thread.currentThread().getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HostileNamesTest.class.getClassLoader())) {
            java.lang.Thread.currentThread().setContextClassLoader(loader);
            List<Class<?>> entities = new ArrayList<>();
            for (String name : result.entities()) {
                entities.add(loader.loadClass(name));
            }
            assertThat(entities).extracting(Class::getSimpleName)
                    .containsExactly("Entity", "List", "Hibernate", "Column", "Record", "Thread");
            H2Database database = new H2Database();
            database.boot(entities, Action.CREATE).close();
            try (EntityManagerFactory factory = database.boot(entities, Action.VALIDATE)) {
                Class<?> entityClass = loader.loadClass(PACKAGE + "Entity");
                Object id;
                try (EntityManager em = factory.createEntityManager()) {
                    em.getTransaction().begin();
                    Object entity = entityClass.getConstructor().newInstance();
                    call(entity, "setYield", "y");
                    call(entity, "setVar", "v");
                    call(entity, "setNew", 7);
                    Object child = loader.loadClass(PACKAGE + "List").getConstructor().newInstance();
                    call(entity, "addList", child);
                    em.persist(entity);
                    em.getTransaction().commit();
                    id = call(entity, "getId");
                }
                try (EntityManager em = factory.createEntityManager()) {
                    Object found = em.find(entityClass, id);
                    assertThat(call(found, "getYield")).isEqualTo("y");
                    assertThat(call(found, "getVar")).isEqualTo("v");
                    assertThat(call(found, "getNew")).isEqualTo(7);
                    assertThat(call(found, "getDefault")).isEqualTo("none");
                    assertThat(call(found, "getState")).hasToString("OPEN");
                    Collection<?> children = (Collection<?>) call(found, "getLists");
                    assertThat(children).hasSize(1);
                    assertThat(call(children.iterator().next(), "getEntity")).isSameAs(found);
                }
            }
        } finally {
            java.lang.Thread.currentThread().setContextClassLoader(previous);
        }
    }

    /**
     * A key class compares its parts as fields, even when a part is called like the parameter of {@code equals}
     * ({@code other}) or its pattern variable ({@code that}).
     */
    @Test
    void keyPartsNamedLikeTheParametersOfEqualsCompareAsParts(@TempDir Path work) throws Exception {
        Path schema = Files.writeString(work.resolve("pairs.yaml"), """
                schema2jpa: 1
                package: org.example.pairs
                tables:
                  pairs:
                    primary_key: [other, that]
                    columns:
                      other: integer
                      that:  integer
                """);
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), sources));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(Javac.compile(sources, classes)).isEmpty();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                HostileNamesTest.class.getClassLoader())) {
            Class<?> key = loader.loadClass("org.example.pairs.PairId");
            java.lang.reflect.Constructor<?> constructor = key.getConstructor(Integer.class, Integer.class);
            Object oneTwo = constructor.newInstance(1, 2);
            assertThat(oneTwo).isEqualTo(constructor.newInstance(1, 2));
            assertThat(oneTwo).isNotEqualTo(constructor.newInstance(1, 3));
            assertThat(oneTwo).isNotEqualTo(constructor.newInstance(3, 2));
            assertThat(oneTwo).hasSameHashCodeAs(constructor.newInstance(1, 2));
        }
    }

    private static Object call(Object target, String method, Object... arguments) throws Exception {
        for (Method candidate : target.getClass().getMethods()) {
            if (candidate.getName().equals(method) && candidate.getParameterCount() == arguments.length) {
                return candidate.invoke(target, arguments);
            }
        }
        throw new AssertionError("no method " + method + " on " + target.getClass());
    }
}
