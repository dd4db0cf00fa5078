package io.github.schema2jpa.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Deterministic and incremental output: the same input gives the same bytes, unchanged files are not rewritten,
 * stale files we wrote are removed, and files we did not write are never touched.
 */
class IncrementalOutputTest {

    private static final String PAIR = """
            schema2jpa: 1
            package: org.example.pypi
            tables:
              packages:
                entity: Package
                columns:
                  id: { type: string, primary_key: true }
                  summary: string
                relationships:
                  releases: { target: Release, back_populates: package }
              releases:
                columns:
                  id: { type: integer, primary_key: true, autoincrement: true }
                  package_id: { type: string, foreign_key: packages.id }
                relationships:
                  package: { target: Package, back_populates: releases }
            """;

    @TempDir
    Path work;

    private final Schema2Jpa generator = new Schema2Jpa();

    private GenerationResult generate(String schemaText) throws IOException {
        Path schema = work.resolve("pypi.yaml");
        Files.writeString(schema, schemaText);
        return generator.generate(GenerationRequest.of(List.of(schema), work.resolve("out")));
    }

    private Path out(String file) {
        return work.resolve("out/org/example/pypi").resolve(file);
    }

    @Test
    void aFirstRunWritesEverything() throws IOException {
        GenerationResult result = generate(PAIR);
        assertThat(result.written()).containsExactly(
                Path.of("org/example/pypi/BackPopulatedList.java"),
                Path.of("org/example/pypi/Package.java"),
                Path.of("org/example/pypi/Release.java"));
        assertThat(result.entities()).containsExactly("org.example.pypi.Package", "org.example.pypi.Release");
        assertThat(result.unchanged()).isEmpty();
        assertThat(result.removed()).isEmpty();
    }

    @Test
    void aSecondRunRewritesNothingAndKeepsModificationTimes() throws IOException {
        generate(PAIR);
        FileTime old = FileTime.from(Instant.parse("2020-01-01T00:00:00Z"));
        Files.setLastModifiedTime(out("Package.java"), old);
        byte[] before = Files.readAllBytes(out("Package.java"));

        GenerationResult again = generate(PAIR);

        assertThat(again.written()).isEmpty();
        assertThat(again.unchanged()).hasSize(3);
        assertThat(Files.getLastModifiedTime(out("Package.java"))).isEqualTo(old);
        assertThat(Files.readAllBytes(out("Package.java"))).isEqualTo(before);
    }

    @Test
    void aChangedSchemaRewritesOnlyTheChangedFiles() throws IOException {
        generate(PAIR);
        GenerationResult changed = generate(PAIR.replace("summary: string", "summary: text"));
        assertThat(changed.written()).containsExactly(Path.of("org/example/pypi/Package.java"));
        assertThat(changed.unchanged()).hasSize(2);
    }

    @Test
    void filesNoLongerGeneratedAreRemovedAndOthersAreNeverTouched() throws IOException {
        generate(PAIR);
        Path mine = Files.writeString(out("Handwritten.java"), "class Handwritten {}");
        Path elsewhere = Files.writeString(work.resolve("out/notes.txt"), "keep me");
        String onlyPackages = """
                schema2jpa: 1
                package: org.example.pypi
                tables:
                  packages:
                    entity: Package
                    columns:
                      id: { type: string, primary_key: true }
                """;
        GenerationResult result = generate(onlyPackages);
        assertThat(result.removed()).containsExactly(
                Path.of("org/example/pypi/BackPopulatedList.java"), Path.of("org/example/pypi/Release.java"));
        assertThat(out("Release.java")).doesNotExist();
        assertThat(out("BackPopulatedList.java")).doesNotExist();
        assertThat(mine).hasContent("class Handwritten {}");
        assertThat(elsewhere).hasContent("keep me");
    }

    @Test
    void emptiedPackageFoldersAreRemovedWithTheirLastFile() throws IOException {
        generate(PAIR);
        generate(PAIR.replace("org.example.pypi", "org.example.index"));
        assertThat(work.resolve("out/org/example/pypi")).doesNotExist();
        assertThat(work.resolve("out/org/example/index/Package.java")).exists();
    }

    @Test
    void theSameInputGivesTheSameBytes() throws IOException {
        generate(PAIR);
        byte[] first = Files.readAllBytes(out("Release.java"));
        Files.delete(out("Release.java"));
        generate(PAIR);
        assertThat(Files.readAllBytes(out("Release.java"))).isEqualTo(first);
    }

    @Test
    void checkReportsWhatGenerateWouldDoWithoutWriting() throws IOException {
        Path schema = Files.writeString(work.resolve("pypi.yaml"), PAIR);
        GenerationRequest request = GenerationRequest.of(List.of(schema), work.resolve("out"));
        GenerationResult before = generator.check(request);
        assertThat(before.upToDate()).isFalse();
        assertThat(before.written()).hasSize(3);
        assertThat(work.resolve("out")).doesNotExist();

        generator.generate(request);
        assertThat(generator.check(request).upToDate()).isTrue();

        Files.writeString(out("Package.java"), "edited by hand");
        GenerationResult edited = generator.check(request);
        assertThat(edited.written()).containsExactly(Path.of("org/example/pypi/Package.java"));
        assertThat(out("Package.java")).hasContent("edited by hand");
    }

    @Test
    void aSchemaWithErrorsWritesNothingAndRemovesNothing() throws IOException {
        generate(PAIR);
        GenerationResult failed = generate(PAIR.replace("target: Release", "target: Relase"));
        assertThat(failed.hasErrors()).isTrue();
        assertThat(failed.written()).isEmpty();
        assertThat(failed.removed()).isEmpty();
        assertThat(out("Release.java")).exists();
    }

    @Test
    void theManifestIgnoresEntriesThatLeaveTheOutputDirectory() throws IOException {
        Path outside = Files.writeString(work.resolve("precious.txt"), "not ours");
        Files.createDirectories(work.resolve("out"));
        Files.writeString(work.resolve("out/" + Manifest.FILE_NAME), "../precious.txt\n" + outside + "\n");
        generate(PAIR);
        assertThat(outside).hasContent("not ours");
    }
}
