package io.github.schema2jpa.cli;

import static io.github.schema2jpa.cli.UsageErrorTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GenerateCommandTest {

    @TempDir
    Path temp;

    @Test
    void writesTheEntitiesAndPrintsOneSummaryLine() {
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("generate", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(out.resolve("org/example/pypi/Package.java")).isRegularFile();
        assertThat(out.resolve("org/example/pypi/Release.java")).isRegularFile();
        assertThat(run.out()).matches("Generated 2 entities from packages\\.yaml: " + Cli.javaFiles(out)
                + " written, 0 unchanged, 0 removed \\(\\d+ ms\\)\\R");
    }

    @Test
    void aSecondRunLeavesTheFilesUnchanged() {
        String out = temp.resolve("out").toString();
        Cli.run("generate", "-o", out, Cli.VALID);

        Cli.Run run = Cli.run("generate", "--output", out, Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains(": 0 written, " + Cli.javaFiles(Path.of(out)) + " unchanged, 0 removed (");
    }

    @Test
    void thePackageOptionOverridesTheSchemasPackage() throws IOException {
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("generate", "-o", out.toString(), "-p", "com.acme.model", Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(out.resolve("com/acme/model/Package.java")).isRegularFile();
        assertThat(Files.readString(out.resolve("com/acme/model/Package.java"))).contains("package com.acme.model;");
        assertThat(out.resolve("org")).doesNotExist();
    }

    @Test
    void aCustomizableTablesClassIsCreatedOnceInTheUserSources() throws IOException {
        Path out = temp.resolve("out");
        Path userSources = temp.resolve("src");
        String schema = "../schemas/examples/customizable.yaml";

        Cli.Run first = Cli.run("generate", "-o", out.toString(), "--user-sources", userSources.toString(), schema);
        Path userClass = userSources.resolve("org/example/custom/Release.java");
        Files.writeString(userClass, Files.readString(userClass) + "// mine\n");
        Cli.Run second = Cli.run("generate", "-o", out.toString(), "-u", userSources.toString(), schema);

        assertThat(first.exitCode()).isZero();
        assertThat(first.out()).contains(" removed, 1 created for you to edit (");
        assertThat(out.resolve("org/example/custom/ReleaseBase.java")).isRegularFile();
        assertThat(out.resolve("org/example/custom/Release.java")).doesNotExist();
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).contains(" 0 removed (");
        assertThat(Files.readString(userClass)).endsWith("// mine\n");
    }

    @Test
    void aBrokenSchemaWritesNothingAndExitsWithOne() {
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("generate", "-o", out.toString(), Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(Cli.BROKEN + ":8:");
        assertThat(out).satisfiesAnyOf(dir -> assertThat(dir).doesNotExist(), dir -> assertThat(dir).isEmptyDirectory());
        assertNoStackTrace(run);
    }

    @Test
    void anOutputDirectoryThatIsAFileIsAOneLineError() throws IOException {
        Path file = Files.writeString(temp.resolve("not-a-directory"), "x");

        Cli.Run run = Cli.run("generate", "-o", file.toString(), Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("schema2jpa: error: ").contains("not-a-directory: a file, not a folder");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aSchemaNamedTwiceIsReadOnce() {
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("generate", "-o", out.toString(), Cli.VALID, "./" + Cli.VALID);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Generated 2 entities from packages.yaml: ");
    }

    @Test
    void aTamperedManifestRemovesNothingItShouldNotAndSaysWhy() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("generate", "-o", out.toString(), Cli.VALID);
        Path notes = Files.writeString(out.resolve("NOTES.md"), "my notes");
        Path manifest = out.resolve(".schema2jpa-manifest");
        Files.writeString(manifest, Files.readString(manifest) + "NOTES.md\n");

        Cli.Run run = Cli.run("--no-color", "generate", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(notes).hasContent("my notes");
        assertThat(run.err()).contains(manifest + ":").contains(": warning: NOTES.md is no longer generated but is kept");
    }
}
