package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.Schema2Jpa;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class HelpAndVersionTest {

    @Test
    void helpListsTheCommandsAndDocumentsTheExitCodes() {
        Cli.Run run = Cli.run("--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out())
                .startsWith("Usage: schema2jpa ")
                .contains("generate", "validate", "check", "diagram", "--no-color", "--stacktrace", "--version")
                .contains("Exit codes:")
                .containsPattern("(?m)^\\s+0\\s+success$")
                .containsPattern("(?m)^\\s+1\\s+a schema has errors")
                .containsPattern("(?m)^\\s+2\\s+usage error")
                .containsPattern("(?m)^\\s+3\\s+internal error \\(rerun with --stacktrace for details\\)$");
    }

    @ParameterizedTest
    @ValueSource(strings = {"generate", "validate", "check", "diagram"})
    void everyCommandHasHelpWithTheExitCodes(String command) {
        Cli.Run run = Cli.run(command, "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .startsWith("Usage: schema2jpa " + command + " ")
                .contains("SCHEMA...", "--no-color", "Exit codes:")
                .containsPattern("(?m)^\\s+2\\s+usage error");
    }

    @Test
    void generateHelpNamesItsDefaultOutputDirectory() {
        assertThat(Cli.run("generate", "--help").out()).contains("-o, --output=DIR", "(default: generated)");
    }

    @Test
    void diagramHelpNamesTheFormatsInLowerCase() {
        assertThat(Cli.run("diagram", "--help").out()).contains("--format=FORMAT", "mermaid, dot", "(default: mermaid)");
    }

    @Test
    void helpSubcommandPrintsAnotherCommandsHelp() {
        Cli.Run run = Cli.run("help", "check");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("Usage: schema2jpa check ").contains("-o, --output=DIR");
    }

    @Test
    void versionIsTheGeneratorsVersion() {
        Cli.Run run = Cli.run("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("schema2jpa " + Schema2Jpa.version() + System.lineSeparator());
        assertThat(Schema2Jpa.version()).isNotBlank().isNotEqualTo("unknown").doesNotContain("${");
    }
}
