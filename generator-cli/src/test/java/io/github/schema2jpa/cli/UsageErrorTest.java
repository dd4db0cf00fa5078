package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

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

    static void assertNoStackTrace(Cli.Run run) {
        assertThat(run.out() + run.err()).doesNotContain("Exception", "\tat ");
    }
}
