package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import jakarta.persistence.EntityManagerFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.example.custom.Package;
import org.example.custom.Release;
import org.hibernate.Hibernate;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customizable table ({@code schemas/examples/customizable.yaml}): the mapping is generated into
 * {@code ReleaseBase}, and {@code Release extends ReleaseBase} is created once in the hand-written sources, where
 * the user's methods survive every later generation.
 */
class CustomizableTest {

    private static final Path SCHEMA = RepositorySchemas.repository().resolve("schemas/examples/customizable.yaml");
    private static final Path USER_CLASS = Path.of("org/example/custom/Release.java");
    private static final Path BASE_CLASS = Path.of("org/example/custom/ReleaseBase.java");

    @Test
    void theUsersClassIsCreatedOnceAndSurvivesEveryLaterGeneration(@TempDir Path work) throws IOException {
        Path generated = work.resolve("generated");
        Path handWritten = work.resolve("src");
        Path schema = Files.copy(SCHEMA, work.resolve("customizable.yaml"));
        GenerationRequest request = GenerationRequest.of(List.of(schema), generated).withUserSourceDirectory(handWritten);

        GenerationResult first = new Schema2Jpa().generate(request);
        assertThat(first.created()).containsExactly(USER_CLASS);
        assertThat(first.written()).contains(BASE_CLASS).doesNotContain(USER_CLASS);
        assertThat(generated.resolve(USER_CLASS)).doesNotExist();

        Path userClass = handWritten.resolve(USER_CLASS);
        String edited = Files.readString(userClass).replace("public class Release extends ReleaseBase {\n",
                "public class Release extends ReleaseBase {\n"
                        + "    public String getVersionText() {\n"
                        + "        return getMajorVer() + \".\" + getMinorVer() + \" (\" + getComment() + \")\";\n"
                        + "    }\n");
        Files.writeString(userClass, edited);
        Files.writeString(schema, Files.readString(schema).replace(
                "      package_id: { type: string, foreign_key: packages.id, nullable: false }\n",
                "      package_id: { type: string, foreign_key: packages.id, nullable: false }\n"
                        + "      comment:    string\n"));

        GenerationResult second = new Schema2Jpa().generate(request);
        assertThat(second.hasErrors()).isFalse();
        assertThat(second.written()).contains(BASE_CLASS);
        assertThat(second.created()).isEmpty();
        assertThat(Files.readString(userClass)).isEqualTo(edited);
        assertThat(Files.readString(generated.resolve(BASE_CLASS))).contains("public String getComment()");
        assertThat(compile(work.resolve("classes"), generated, handWritten)).isEmpty();

        assertThat(new Schema2Jpa().check(request).upToDate()).isTrue();
        Files.delete(userClass);
        assertThat(new Schema2Jpa().check(request).created()).as("a deleted user class is created again")
                .containsExactly(USER_CLASS);
    }

    @Test
    void theUsersEntityBehavesAsAGeneratedOneOnHibernate() {
        try (EntityManagerFactory factory = new Database().boot(List.of(Package.class, Release.class), Action.CREATE)) {
            factory.runInTransaction(em -> {
                Package pkg = new Package();
                pkg.setId("attrs");
                pkg.setSummary("classes without boilerplate");
                for (long minor : new long[] {1, 3, 2}) {
                    Release release = new Release();
                    release.setMajorVer(23L);
                    release.setMinorVer(minor);
                    pkg.getReleases().add(release);
                    assertThat(release.getPackage()).isSameAs(pkg);
                }
                em.persist(pkg);
            });
            factory.runInTransaction(em -> {
                Package pkg = em.find(Package.class, "attrs");
                assertThat(Hibernate.isInitialized(pkg.getReleases())).isFalse();
                assertThat(pkg.getReleases()).extracting(Release::getMinorVer).containsExactly(3L, 2L, 1L);
                Release release = em.createQuery("from Release where minorVer = 2", Release.class).getSingleResult();
                assertThat(release.getPackageId()).isEqualTo("attrs");
                assertThat(pkg.getReleases()).contains(release);
            });
        }
    }

    /** Compiles the sources of all roots together; the compiler's messages, none when it compiled cleanly. */
    private static List<String> compile(Path classes, Path... roots) throws IOException {
        Files.createDirectories(classes);
        List<Path> sources = new ArrayList<>();
        for (Path root : roots) {
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(file -> file.toString().endsWith(".java")).sorted().forEach(sources::add);
            }
        }
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(sources)).call();
            List<String> messages = new ArrayList<>(diagnostics.getDiagnostics().stream()
                    .map(diagnostic -> diagnostic.getKind() + " " + diagnostic.getMessage(null)).toList());
            if (!compiled && messages.isEmpty()) {
                messages.add("compilation failed");
            }
            return messages;
        }
    }

    @Test
    void aTableThatBecomesCustomizableHasItsGeneratedClassReplacedNotDeleted(@TempDir Path work) throws IOException {
        Path schema = work.resolve("customizable.yaml");
        Files.writeString(schema, Files.readString(SCHEMA).replace("    customizable: true\n", ""));
        GenerationRequest request = GenerationRequest.of(List.of(schema), work.resolve("src"));
        assertThat(new Schema2Jpa().generate(request).written()).contains(USER_CLASS);

        Files.copy(SCHEMA, schema, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        GenerationResult result = new Schema2Jpa().generate(request);

        assertThat(result.created()).containsExactly(USER_CLASS);
        assertThat(result.removed()).isEmpty();
        assertThat(Files.readString(work.resolve("src").resolve(USER_CLASS)))
                .startsWith("// Created by schema2jpa").contains("public class Release extends ReleaseBase {");
        assertThat(new Schema2Jpa().check(request).upToDate()).isTrue();
    }

    @Test
    void aTableThatStopsBeingCustomizableNeverOverwritesTheUsersClass(@TempDir Path work) throws IOException {
        Path schema = Files.copy(SCHEMA, work.resolve("customizable.yaml"));
        GenerationRequest request = GenerationRequest.of(List.of(schema), work.resolve("src"));
        new Schema2Jpa().generate(request);
        Path userClass = work.resolve("src").resolve(USER_CLASS);
        String edited = Files.readString(userClass) + "// my code\n";
        Files.writeString(userClass, edited);

        Files.writeString(schema, Files.readString(schema).replace("    customizable: true\n", ""));

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> new Schema2Jpa().generate(request))
                .cause().hasMessageStartingWith("org/example/custom/Release.java is in the way: it was not written by"
                        + " schema2jpa");
        assertThat(Files.readString(userClass)).isEqualTo(edited);
        assertThat(work.resolve("src").resolve(BASE_CLASS)).as("nothing written, nothing removed").exists();
    }
}
