package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.text.SchemaText;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema whose docs, defaults, names and file name would be code, markup or invisible characters in a Java
 * source ({@code src/test/resources/valid/hostile-text.yaml}): the generated sources hold all of it as text. They
 * compile under {@code -Xlint:all -Werror}, no static block hidden in the text runs when they load, the defaults
 * are exactly the schema's values, and Hibernate creates then validates the tables, named in four scripts, on H2.
 */
class HostileTextTest {

    private static final Path SCHEMA = Path.of("src/test/resources/valid/hostile-text.yaml");

    /** A file name that would end the header's line comment with its CR, and hide a right-to-left override. */
    private static final String FILE_NAME =
            "hostile static{System.setProperty(\"schema2jpa.pwned\",\"file name\");}\rx\u202E.yaml";

    @TempDir
    static Path work;

    private static GenerationResult result;
    private static Path sources;
    private static List<String> javacMessages;
    private static URLClassLoader loader;

    @BeforeAll
    static void generateAndCompile() throws IOException {
        Path schema = Files.copy(SCHEMA, work.resolve(FILE_NAME));
        sources = work.resolve("src");
        result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), sources));
        javacMessages = result.hasErrors() ? List.of() : Javac.compile(sources, work.resolve("classes"));
        loader = new URLClassLoader(new URL[] {work.resolve("classes").toUri().toURL()},
                HostileTextTest.class.getClassLoader());
    }

    @Test
    void generatesAndCompilesWithoutAWarning() {
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.entities()).containsExactly("org.example.hostile.Cafe", "org.example.hostile.Order");
        assertThat(javacMessages).isEmpty();
    }

    /**
     * Docs that close their comment inside the class: before they were escaped, each of these compiled into a static
     * block of the entity, which ran when it loaded.
     */
    @Test
    void noCodeHiddenInADocRunsWhenTheClassesLoad(@TempDir Path injection) throws Exception {
        Path schema = Files.writeString(injection.resolve("injection.yaml"), """
                schema2jpa: 1
                package: org.example.injection
                tables:
                  shops:
                    columns:
                      id: { type: integer, primary_key: true }
                      name: { type: string, doc: 'x */ static { System.setProperty("schema2jpa.pwned", "column"); } /*' }
                      code: { type: string, doc: 'y \\u002a/ static { System.setProperty("schema2jpa.pwned", "escape"); } /\\u002a' }
                    relationships:
                      items:
                        target: Item
                        back_populates: shop
                        doc: '*/ static { System.setProperty("schema2jpa.pwned", "relationship"); } /*'
                  items:
                    columns:
                      id: { type: integer, primary_key: true }
                      shop_id: { type: integer, foreign_key: shops.id }
                    relationships:
                      shop: { target: Shop, back_populates: items }
                """);
        GenerationResult generated = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema),
                injection.resolve("src")));
        assertThat(generated.diagnostics()).isEmpty();
        assertThat(Javac.compile(injection.resolve("src"), injection.resolve("classes"))).isEmpty();
        System.clearProperty("schema2jpa.pwned");
        try (URLClassLoader classes = new URLClassLoader(new URL[] {injection.resolve("classes").toUri().toURL()},
                HostileTextTest.class.getClassLoader())) {
            for (String entity : generated.entities()) {
                Class.forName(entity, true, classes);
            }
        }
        assertThat(System.getProperty("schema2jpa.pwned")).isNull();
        assertThat(Files.readString(injection.resolve("src/org/example/injection/Shop.java")))
                .contains("y &#92;u002a/ static");
    }

    @Test
    void javadocHoldsTheDocsAsEscapedText() throws IOException {
        String cafe = source("Cafe");
        assertThat(cafe).contains(" * x *&#47; static { System.setProperty(\"schema2jpa.pwned\", \"table doc\"); } /*\n")
                .contains(" * size &#92;u002a/ static { System.setProperty(\"schema2jpa.pwned\", \"unicode escape\"); }"
                        + " /&#92;u002a\n")
                .contains(" * ESC &#xFFFD; NUL &#xFFFD; RLO &#x202E; LRI &#x2066; ZWSP &#x200B; &#64;deprecated"
                        + " {&#64;code x} &lt;script&gt;alert(1)&lt;/script&gt; &amp; &#92; end*\n")
                .contains(" * *&#47; static { System.setProperty(\"schema2jpa.pwned\", \"relationship doc\"); } /*\n")
                .contains(" * <p>Maps table {@code café}.\n");
        assertThat(source("Order")).contains(" * &#64;deprecated\n").doesNotContain("@deprecated");
    }

    @Test
    void sourcesHoldNoInvisibleCharacterAndNoUnicodeEscapeOutsideStringLiterals() throws IOException {
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                String text = Files.readString(file);
                assertThat(SchemaText.firstInvisible(text.replace("\n", ""))).as("%s", file).isEmpty();
            }
        }
        String cafe = source("Cafe");
        assertThat(cafe).startsWith("// Generated by schema2jpa from hostile static{System.setProperty("
                + "\"schema2jpa.pwned\",\"file name\");}U+000DxU+202E.yaml. Do not edit");
        assertThat(cafe).contains("@ColumnDefault(\"'\\u202E'\")")
                .contains("größe = \"line\\n\\\"quoted\\\" \\\\u0022 \\u202Eevil\\u0000 \\\\\";");
    }

    @Test
    void defaultsAreTheSchemasValues() throws Exception {
        Class<?> cafe = Class.forName("org.example.hostile.Cafe", true, loader);
        Object instance = cafe.getConstructor().newInstance();
        Method applyDefaults = cafe.getDeclaredMethod("applyDefaults");
        applyDefaults.setAccessible(true);
        applyDefaults.invoke(instance);
        assertThat(field(instance, "größe")).isEqualTo("line\n\"quoted\" \\u0022 \u202Eevil\u0000 \\");
        assertThat((Double) field(instance, "ratio")).isNaN();
        assertThat(field(instance, "weight")).isEqualTo(Float.NEGATIVE_INFINITY);
        assertThat(field(instance, "total")).isEqualTo(1e308);
        assertThat(field(instance, "visits")).isEqualTo(10);
    }

    @Test
    void hibernateCreatesThenValidatesTheTablesOnH2() throws Exception {
        List<Class<?>> entities = new ArrayList<>();
        for (String entity : result.entities()) {
            entities.add(Class.forName(entity, true, loader));
        }
        H2Database database = new H2Database();
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            try (EntityManagerFactory created = database.boot(entities, Action.CREATE)) {
                EntityManager em = created.createEntityManager();
                em.getTransaction().begin();
                Object cafe = entities.get(0).getConstructor().newInstance();
                setId(cafe, 1);
                em.persist(cafe);
                em.getTransaction().commit();
                em.clear();
                Object found = em.find(entities.get(0), 1);
                assertThat(field(found, "größe")).isEqualTo("line\n\"quoted\" \\u0022 \u202Eevil\u0000 \\");
                em.close();
            }
            try (EntityManagerFactory validated = database.boot(entities, Action.VALIDATE)) {
                assertThat(validated.getMetamodel().getEntities()).hasSize(2);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String source(String simpleName) throws IOException {
        return Files.readString(sources.resolve("org/example/hostile/" + simpleName + ".java"));
    }

    private static Object field(Object instance, String name) throws ReflectiveOperationException {
        Field field = instance.getClass().getDeclaredField(name);
        field.setAccessible(true);
        return field.get(instance);
    }

    private static void setId(Object instance, int id) throws ReflectiveOperationException {
        Field field = instance.getClass().getDeclaredField("id");
        field.setAccessible(true);
        field.set(instance, id);
    }
}
