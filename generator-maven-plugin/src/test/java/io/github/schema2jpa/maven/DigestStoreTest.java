package io.github.schema2jpa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DigestStoreTest {

    @TempDir
    Path dir;

    private Path output;
    private DigestStore store;
    private final InputDigest digest = new InputDigest("ab12");
    private GenerationResult result;

    @BeforeEach
    void generated() throws IOException {
        output = dir.resolve("generated");
        Files.createDirectories(output.resolve("org/example"));
        Files.writeString(output.resolve("org/example/Package.java"), "class Package {}");
        Files.writeString(output.resolve("org/example/Release.java"), "class Release {}");
        store = new DigestStore(dir.resolve("target/schema2jpa"), "default");
        result = new GenerationResult(List.of(Path.of("pypi.yaml")), List.of("org.example.Package"),
                List.of(Path.of("org/example/Package.java")), List.of(Path.of("org/example/Release.java")),
                List.of(), List.of(), List.of(), List.of());
    }

    @Test
    void nothingIsUpToDateBeforeASuccessfulRunIsRecorded() throws IOException {
        assertThat(store.isUpToDate(digest, output, output)).isFalse();
    }

    @Test
    void theRecordedDigestIsUpToDate() throws IOException {
        store.record(digest, result);
        assertThat(store.file()).isEqualTo(dir.resolve("target/schema2jpa/default.digest"));
        assertThat(store.isUpToDate(digest, output, output)).isTrue();
    }

    @Test
    void anotherDigestIsNotUpToDate() throws IOException {
        store.record(digest, result);
        assertThat(store.isUpToDate(new InputDigest("cd34"), output, output)).isFalse();
    }

    @Test
    void aDeletedOutputDirectoryIsNotUpToDate() throws IOException {
        store.record(digest, result);
        Files.delete(output.resolve("org/example/Package.java"));
        Files.delete(output.resolve("org/example/Release.java"));
        Files.delete(output.resolve("org/example"));
        Files.delete(output.resolve("org"));
        Files.delete(output);
        assertThat(store.isUpToDate(digest, output, output)).isFalse();
    }

    @Test
    void aMissingGeneratedFileIsNotUpToDate() throws IOException {
        store.record(digest, result);
        Files.delete(output.resolve("org/example/Release.java"));
        assertThat(store.isUpToDate(digest, output, output)).isFalse();
    }

    @Test
    void anInvalidatedRecordIsNotUpToDate() throws IOException {
        store.record(digest, result);
        store.invalidate();
        assertThat(store.file()).doesNotExist();
        assertThat(store.isUpToDate(digest, output, output)).isFalse();
    }

    @Test
    void eachExecutionHasItsOwnRecord() throws IOException {
        store.record(digest, result);
        DigestStore other = new DigestStore(dir.resolve("target/schema2jpa"), "second schema set");
        assertThat(other.file().getFileName()).hasToString("second_schema_set.digest");
        assertThat(other.isUpToDate(digest, output, output)).isFalse();
    }

    @Test
    void theRecordListsTheProducedFilesWithoutTimesOrAbsolutePaths() throws IOException {
        store.record(digest, result);
        assertThat(Files.readAllLines(store.file()))
                .containsExactly("sha256=ab12", "org/example/Package.java", "org/example/Release.java");
    }

    @Test
    void aMissingClassOfTheUsersIsNotUpToDate() throws IOException {
        Path userSources = Files.createDirectories(dir.resolve("src/main/java/org/example"));
        Files.writeString(userSources.resolve("Release.java"), "class Release extends ReleaseBase {}");
        GenerationResult withUserFile = new GenerationResult(result.schemas(), result.entities(), result.written(),
                result.unchanged(), List.of(), List.of(), List.of(Path.of("org/example/Release.java")), List.of());
        store.record(digest, withUserFile);
        assertThat(store.isUpToDate(digest, output, dir.resolve("src/main/java"))).isTrue();

        Files.delete(userSources.resolve("Release.java"));

        assertThat(store.isUpToDate(digest, output, dir.resolve("src/main/java"))).isFalse();
    }
}
