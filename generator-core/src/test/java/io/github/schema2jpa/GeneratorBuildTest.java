package io.github.schema2jpa;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A rebuilt generator of the same version is another build: its classes are hashed, from a jar or a folder. */
class GeneratorBuildTest {

    @TempDir
    Path dir;

    @Test
    void aChangedClassFileInTheFolderIsAnotherBuild() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes/org/example"));
        Files.write(classes.resolve("A.class"), new byte[] {1, 2, 3});
        Files.write(classes.resolve("B.class"), new byte[] {4});
        GeneratorBuild before = GeneratorBuild.of("1.0-SNAPSHOT", dir.resolve("classes"));

        assertThat(GeneratorBuild.of("1.0-SNAPSHOT", dir.resolve("classes"))).isEqualTo(before);
        Files.write(classes.resolve("B.class"), new byte[] {5});
        GeneratorBuild after = GeneratorBuild.of("1.0-SNAPSHOT", dir.resolve("classes"));

        assertThat(after.version()).isEqualTo(before.version());
        assertThat(after.id()).isNotEqualTo(before.id());
    }

    @Test
    void aRenamedClassFileIsAnotherBuild() throws IOException {
        Path classes = Files.createDirectories(dir.resolve("classes"));
        Files.write(classes.resolve("A.class"), new byte[] {1});
        String before = GeneratorBuild.of("1.0", classes).id();
        Files.move(classes.resolve("A.class"), classes.resolve("B.class"));
        assertThat(GeneratorBuild.of("1.0", classes).id()).isNotEqualTo(before);
    }

    @Test
    void aChangedJarIsAnotherBuild() throws IOException {
        Path jar = Files.write(dir.resolve("schema2jpa-core.jar"), new byte[] {1, 2});
        String before = GeneratorBuild.of("1.0-SNAPSHOT", jar).id();
        Files.write(jar, new byte[] {1, 3});
        assertThat(GeneratorBuild.of("1.0-SNAPSHOT", jar).id()).isNotEqualTo(before).startsWith("1.0-SNAPSHOT ");
    }

    @Test
    void theCurrentBuildHashesTheClassesItIsLoadedFrom() throws Exception {
        Path classes = Path.of(Schema2Jpa.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        assertThat(GeneratorBuild.current()).isEqualTo(GeneratorBuild.of(Schema2Jpa.version(), classes));
    }
}
