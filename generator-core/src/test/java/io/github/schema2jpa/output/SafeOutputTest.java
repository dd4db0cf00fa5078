package io.github.schema2jpa.output;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.Diagnostic;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The output directory holds only what the generator wrote, and it removes only that: a manifest entry is removed
 * only when it is a regular file below the output directory, with no symbolic link on its way, that still starts
 * with the generated header. A run writes everything or nothing, in any folder.
 */
class SafeOutputTest {

    private static final String PAIR = """
            schema2jpa: 1
            package: org.example.pypi
            tables:
              packages:
                entity: Package
                columns:
                  id: { type: string, primary_key: true }
                relationships:
                  releases: { target: Release, back_populates: package }
              releases:
                columns:
                  id: { type: integer, primary_key: true, autoincrement: true }
                  package_id: { type: string, foreign_key: packages.id }
                relationships:
                  package: { target: Package, back_populates: releases }
            """;

    private static final String ONLY_PACKAGES = """
            schema2jpa: 1
            package: org.example.pypi
            tables:
              packages:
                entity: Package
                columns:
                  id: { type: string, primary_key: true }
            """;

    private static final String HEADER = Manifest.LEGACY_HEADER + "pypi.yaml. Do not edit.\n";

    @TempDir
    Path work;

    private final Schema2Jpa generator = new Schema2Jpa();

    private GenerationRequest request(String schemaText) throws IOException {
        Path schema = Files.writeString(work.resolve("pypi.yaml"), schemaText);
        return GenerationRequest.of(List.of(schema), work.resolve("out"));
    }

    private GenerationResult generate(String schemaText) throws IOException {
        return generator.generate(request(schemaText));
    }

    private Path out(String file) {
        return work.resolve("out").resolve(file);
    }

    private Path manifest() {
        return out(Manifest.FILE_NAME);
    }

    private void appendToManifest(String line) throws IOException {
        Files.writeString(manifest(), Files.readString(manifest()) + line + "\n");
    }

    private static List<String> warnings(GenerationResult result) {
        return result.diagnostics().stream().filter(d -> !d.isError()).map(Diagnostic::headline).toList();
    }

    @Test
    void aTamperedManifestRemovesNoFileThatLacksTheHeader() throws IOException {
        generate(PAIR);
        Path notes = Files.writeString(out("NOTES.md"), "my notes");
        Path service = Files.writeString(out("org/example/pypi/PackageService.java"), "class PackageService {}");
        appendToManifest("NOTES.md");
        appendToManifest("org/example/pypi/PackageService.java");

        GenerationResult result = generate(PAIR);

        assertThat(notes).hasContent("my notes");
        assertThat(service).hasContent("class PackageService {}");
        assertThat(result.removed()).isEmpty();
        assertThat(warnings(result)).containsExactly(
                manifest() + ":5:1: warning: NOTES.md is no longer generated but is kept: it does not start with the"
                        + " line schema2jpa writes first, so it holds someone's work; delete it yourself if you do"
                        + " not need it",
                manifest() + ":6:1: warning: org/example/pypi/PackageService.java is no longer generated but is"
                        + " kept: it does not start with the line schema2jpa writes first, so it holds someone's"
                        + " work; delete it yourself if you do not need it");
        // the manifest is rewritten without them: they are not ours
        assertThat(Files.readString(manifest())).doesNotContain("NOTES.md", "PackageService");
    }

    @Test
    void aGeneratedFileReplacedByHandWrittenCodeIsKeptWhenItsTableGoes() throws IOException {
        generate(PAIR);
        Files.writeString(out("org/example/pypi/Release.java"), "package org.example.pypi;\nclass Release {}\n");

        GenerationResult result = generate(ONLY_PACKAGES);

        assertThat(out("org/example/pypi/Release.java")).hasContent("package org.example.pypi;\nclass Release {}");
        assertThat(result.removed()).containsExactly(Path.of("org/example/pypi/BackPopulatedList.java"));
        assertThat(warnings(result)).singleElement().asString()
                .contains("org/example/pypi/Release.java is no longer generated but is kept");
    }

    @Test
    void nothingIsRemovedThroughASymbolicLink() throws IOException {
        generate(PAIR);
        Path elsewhere = Files.createDirectories(work.resolve("elsewhere"));
        Path victim = Files.writeString(elsewhere.resolve("Victim.java"), HEADER + "class Victim {}\n");
        Files.createSymbolicLink(out("linked"), elsewhere);
        appendToManifest("linked/Victim.java");

        GenerationResult result = generate(PAIR);

        assertThat(victim).exists();
        assertThat(result.removed()).isEmpty();
        assertThat(warnings(result)).singleElement().asString().contains(
                "linked/Victim.java is no longer generated but is kept: its path goes through the symbolic link");
    }

    @Test
    void entriesThatLeaveTheOutputFolderAreIgnoredWithAWarning() throws IOException {
        Path precious = Files.writeString(work.resolve("precious.txt"), HEADER);
        Files.createDirectories(work.resolve("out"));
        Files.writeString(manifest(), "../precious.txt\n" + precious + "\n./x/../../precious.txt\n");

        GenerationResult result = generate(PAIR);

        assertThat(precious).exists();
        assertThat(warnings(result)).containsExactly(
                manifest() + ":1:1: warning: manifest entry '../precious.txt' is not a file inside the output"
                        + " folder: ignored, nothing is removed for it",
                manifest() + ":2:1: warning: manifest entry '" + precious + "' is not a file inside the output"
                        + " folder: ignored, nothing is removed for it",
                manifest() + ":3:1: warning: manifest entry './x/../../precious.txt' is not a file inside the"
                        + " output folder: ignored, nothing is removed for it");
    }

    @Test
    void aFileThatStillHasTheHeaderIsRemoved() throws IOException {
        generate(PAIR);
        GenerationResult result = generate(ONLY_PACKAGES);
        assertThat(result.removed()).containsExactly(
                Path.of("org/example/pypi/BackPopulatedList.java"), Path.of("org/example/pypi/Release.java"));
        assertThat(warnings(result)).isEmpty();
    }

    @Test
    void twoOwnersOfOneOutputDirectoryAreRefusedAndKeepEachOthersFiles() throws IOException {
        GenerationRequest first = request(PAIR).withOwner("execution 'first'");
        generator.generate(first);
        Path other = Files.writeString(work.resolve("other.yaml"), ONLY_PACKAGES.replace("pypi", "other"));
        GenerationRequest second = GenerationRequest.of(List.of(other), work.resolve("out")).withOwner("execution 'second'");

        assertThatThrownBy(() -> generator.generate(second))
                .isInstanceOf(UncheckedIOException.class)
                .hasRootCauseMessage(work.resolve("out") + " holds the files of execution 'first', and execution"
                        + " 'second' would remove them: give each its own output directory (or delete " + manifest()
                        + " if execution 'first' is gone)");
        assertThat(out("org/example/pypi/Release.java")).exists();
        assertThat(out("org/example/other")).doesNotExist();
        assertThat(generator.generate(first).unchanged()).hasSize(3);
    }

    @Test
    void aFailedWriteToTheUserFolderWritesNothingAnywhere() throws IOException {
        Path notAFolder = Files.writeString(work.resolve("src"), "a file, not a folder");
        GenerationRequest request = request(PAIR.replace("entity: Package", "entity: Package\n    customizable: true"))
                .withUserSourceDirectory(notAFolder);

        assertThatThrownBy(() -> generator.generate(request)).hasRootCauseMessage(notAFolder + ": a file, not a folder");

        assertThat(work.resolve("out")).doesNotExist();
        assertThat(notAFolder).hasContent("a file, not a folder");
    }

    @Test
    void aNameTooLongForTheFileSystemIsRefusedBeforeAnythingIsWritten() {
        String name = "A".repeat(300);
        List<GeneratedFile> files = List.of(
                new GeneratedFile(Path.of("org/example/Fine.java"), HEADER),
                new GeneratedFile(Path.of("org/example/" + name + ".java"), HEADER));

        assertThatThrownBy(() -> new OutputWriter(work.resolve("out")).write(files))
                .isInstanceOf(IOException.class)
                .hasMessage("cannot write org/example/" + name + ".java: the name '" + name + ".java' is 305 bytes"
                        + " long, and file systems accept at most 255; give the table a shorter entity name (or the"
                        + " package shorter parts)");
        assertThat(work.resolve("out")).doesNotExist();
    }

    @Test
    void temporaryFilesOfAKilledRunAreSeenByCheckAndClearedByTheNextRun() throws IOException {
        GenerationRequest request = request(PAIR);
        generator.generate(request);
        Path leftover = Files.writeString(
                Files.createDirectories(out(OutputWriter.STAGING_DIRECTORY)).resolve("0.tmp"), "half a file");

        GenerationResult check = generator.check(request);
        assertThat(check.upToDate()).isFalse();
        assertThat(check.extra()).containsExactly(Path.of(OutputWriter.STAGING_DIRECTORY));

        generator.generate(request);
        assertThat(leftover).doesNotExist();
        assertThat(out(OutputWriter.STAGING_DIRECTORY)).doesNotExist();
        assertThat(generator.check(request).upToDate()).isTrue();
    }

    @Test
    void checkSeesAnExtraClassInAGeneratedPackage() throws IOException {
        GenerationRequest request = request(PAIR);
        generator.generate(request);
        Files.writeString(out("org/example/pypi/Stray.java"), "class Stray {}");
        Files.writeString(out("org/example/pypi/Package.java123.tmp"), "");

        GenerationResult check = generator.check(request);

        assertThat(check.upToDate()).isFalse();
        assertThat(check.extra()).containsExactly(
                Path.of("org/example/pypi/Package.java123.tmp"), Path.of("org/example/pypi/Stray.java"));
        assertThat(check.written()).isEmpty();
    }

    @Test
    void checkSeesAMissingManifest() throws IOException {
        GenerationRequest request = request(PAIR);
        generator.generate(request);
        Files.delete(manifest());

        GenerationResult check = generator.check(request);

        assertThat(check.upToDate()).isFalse();
        assertThat(check.manifestUpToDate()).isFalse();
        generator.generate(request);
        assertThat(generator.check(request).upToDate()).isTrue();
    }

    @Test
    void fileModesFollowTheUmask() throws IOException {
        Path reference = Files.writeString(work.resolve("reference.txt"), "made the ordinary way");
        generate(PAIR);
        Set<PosixFilePermission> expected = Files.getPosixFilePermissions(reference);
        assertThat(Files.getPosixFilePermissions(out("org/example/pypi/Package.java"))).isEqualTo(expected);
        assertThat(Files.getPosixFilePermissions(manifest())).isEqualTo(expected);
    }

    @Test
    void aSchemaNamedTwiceIsReadOnce() throws IOException {
        Path schema = Files.writeString(work.resolve("pypi.yaml"), PAIR);
        Path sameFile = work.resolve("./pypi.yaml");
        GenerationResult result = generator.generate(
                GenerationRequest.of(List.of(schema, sameFile, schema), work.resolve("out")));
        assertThat(result.diagnostics()).isEmpty();
        assertThat(result.schemas()).containsExactly(schema);
        assertThat(result.entities()).containsExactly("org.example.pypi.Package", "org.example.pypi.Release");
    }
}
