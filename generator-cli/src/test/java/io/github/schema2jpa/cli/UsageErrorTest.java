package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UsageErrorTest {

    @Test
    void noCommandIsAUsageError() {
        Cli.Run run = Cli.run();

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Missing required subcommand", "Usage: schema2jpa");
    }

    @Test
    void unknownCommandIsAUsageError() {
        Cli.Run run = Cli.run("generat", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("generat");
    }

    @Test
    void unknownOptionIsAUsageError() {
        Cli.Run run = Cli.run("generate", "--bogus", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Unknown option: '--bogus'");
        assertNoStackTrace(run);
    }

    @Test
    void aCommandWithoutSchemasIsAUsageError() {
        Cli.Run run = Cli.run("validate");

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required parameter", "SCHEMA");
    }

    @Test
    void checkWithoutAnOutputDirectoryIsAUsageError() {
        Cli.Run run = Cli.run("check", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("Missing required option", "--output=DIR");
    }

    @Test
    void anUnknownDiagramFormatIsAUsageError() {
        Cli.Run run = Cli.run("diagram", "--format", "png", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).contains("--format", "png");
        assertNoStackTrace(run);
    }

    @Test
    void anEmptyOutputFolderIsAUsageError() {
        Cli.Run run = Cli.run("generate", "-o", "", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--output': the folder is empty; name one, such as"
                + " 'generated' (or '.' for the working directory)");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void theRootFolderIsAUsageErrorForEveryFolderOption() {
        Cli.Run generate = Cli.run("generate", "-o", "/", Cli.VALID);
        Cli.Run check = Cli.run("check", "-o", "/", Cli.VALID);
        Cli.Run userSources = Cli.run("check", "-o", "out", "-u", "/", Cli.VALID);

        assertThat(List.of(generate.exitCode(), check.exitCode(), userSources.exitCode())).containsOnly(2);
        assertThat(generate.err()).startsWith(
                "Invalid value for option '--output': '/' is the root of the file system; name a folder below it");
        assertThat(userSources.err()).startsWith("Invalid value for option '--user-sources': '/' is the root");
    }

    @Test
    void anInvalidPackageIsAUsageError() {
        Cli.Run run = Cli.run("generate", "-o", "out", "-p", "org.example.1x", Cli.VALID);

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.err()).startsWith("Invalid value for option '--package': 'org.example.1x' is not a Java"
                + " package name; write identifiers separated by dots, such as 'org.example.shop'");
        assertNoStackTrace(run);
    }

    static void assertNoStackTrace(Cli.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }
}
