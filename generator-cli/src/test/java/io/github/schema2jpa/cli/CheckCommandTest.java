package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

    @TempDir
    Path temp;

    @Test
    void aFreshDirectoryIsNotUpToDateAndNothingIsWritten() {
        Path out = temp.resolve("out");

        Cli.Run run = Cli.run("check", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .contains(out + " is not up to date")
                .containsPattern("(?m)^  missing  org/example/pypi/Package\\.java$")
                .containsPattern("(?m)^  missing  org/example/pypi/Release\\.java$");
        assertThat(run.err()).isEmpty();
        assertThat(out).doesNotExist();
    }

    @Test
    void itListsEveryFileGenerateWouldWrite() {
        Path out = temp.resolve("out");
        Cli.Run check = Cli.run("check", "-o", out.toString(), Cli.VALID);
        Cli.run("generate", "-o", out.toString(), Cli.VALID);

        assertThat(check.out().lines().filter(line -> line.startsWith("  missing  ") && line.endsWith(".java")).count())
                .isEqualTo(Cli.javaFiles(out));
    }

    @Test
    void afterGenerateItIsUpToDate() {
        String out = temp.resolve("out").toString();
        assertThat(Cli.run("generate", "-o", out, Cli.VALID).exitCode()).isZero();

        Cli.Run run = Cli.run("check", "-o", out, Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .isEqualTo(out + " is up to date (" + Cli.javaFiles(Path.of(out)) + " files)" + System.lineSeparator());
    }

    @Test
    void anEditedFileDiffers() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("generate", "-o", out.toString(), Cli.VALID);
        Path release = out.resolve("org/example/pypi/Release.java");
        Files.writeString(release, Files.readString(release) + "\n// edited\n");

        Cli.Run run = Cli.run("check", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("(?m)^  differs  org/example/pypi/Release\\.java$")
                .doesNotContain("Package.java");
        assertThat(Files.readString(release)).endsWith("// edited\n");
    }

    @Test
    void filesAnEarlierRunWroteThatAreNoLongerProducedAreStale() {
        String out = temp.resolve("out").toString();
        Cli.run("generate", "-o", out, Cli.VALID);

        Cli.Run run = Cli.run("check", "-o", out, "-p", "com.acme", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out())
                .containsPattern("(?m)^  missing  com/acme/Package\\.java$")
                .containsPattern("(?m)^  stale    org/example/pypi/Package\\.java$")
                .containsPattern("(?m)^  stale    org/example/pypi/Release\\.java$");
        assertThat(Path.of(out, "org/example/pypi/Package.java")).isRegularFile();
        assertThat(Path.of(out, "com")).doesNotExist();
    }

    @Test
    void aBrokenSchemaReportsDiagnosticsAndExitsWithOne() {
        Cli.Run run = Cli.run("check", "-o", temp.toString(), Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(Cli.BROKEN + ":8:", "error:");
    }

    @Test
    void anExtraClassInAGeneratedPackageIsReported() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("generate", "-o", out.toString(), Cli.VALID);
        Files.writeString(out.resolve("org/example/pypi/Stray.java"), "package org.example.pypi; class Stray {}");

        Cli.Run run = Cli.run("check", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(out + " is not up to date; run generate to update it:" + System.lineSeparator()
                + "  extra    org/example/pypi/Stray.java (not generated: generate leaves it; move or delete it)"
                + System.lineSeparator());
    }

    @Test
    void aMissingManifestIsReported() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("generate", "-o", out.toString(), Cli.VALID);
        Files.delete(out.resolve(".schema2jpa-manifest"));

        Cli.Run run = Cli.run("check", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEqualTo(out + " is not up to date; run generate to update it:" + System.lineSeparator()
                + "  missing  .schema2jpa-manifest (the list of files generate wrote, so that it removes only those)"
                + System.lineSeparator());
    }

    @Test
    void temporaryFilesLeftByAKilledRunAreReported() throws IOException {
        Path out = temp.resolve("out");
        Cli.run("generate", "-o", out.toString(), Cli.VALID);
        Files.writeString(Files.createDirectories(out.resolve(".schema2jpa-tmp")).resolve("0.tmp"), "half");

        Cli.Run run = Cli.run("check", "-o", out.toString(), Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).contains("  extra    .schema2jpa-tmp (not generated");
    }
}
