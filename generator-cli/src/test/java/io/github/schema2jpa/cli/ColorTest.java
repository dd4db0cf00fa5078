package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ColorTest {

    private static final String ESC = "\u001B[";

    @Test
    void diagnosticsAreColouredOnATerminal() {
        Cli.Run run = Cli.run(Cli.TERMINAL, "validate", Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains(ESC);
    }

    @Test
    void notOnSomethingElse() {
        Cli.Run run = Cli.run(Cli.PLAIN, "validate", Cli.BROKEN);

        assertThat(run.err()).contains("error:").doesNotContain(ESC);
    }

    @Test
    void noColorInTheEnvironmentTurnsColourOff() {
        Cli.Run run = Cli.run(new Environment(Map.of("NO_COLOR", "1"), true), "validate", Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error:").doesNotContain(ESC);
    }

    @Test
    void anEmptyNoColorDoesNot() {
        Cli.Run run = Cli.run(new Environment(Map.of("NO_COLOR", ""), true), "validate", Cli.BROKEN);

        assertThat(run.err()).contains(ESC);
    }

    @Test
    void theNoColorOptionTurnsColourOffAfterTheCommand() {
        Cli.Run run = Cli.run(Cli.TERMINAL, "validate", "--no-color", Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err()).contains("error:").doesNotContain(ESC);
    }

    @Test
    void theNoColorOptionTurnsColourOffBeforeTheCommand() {
        Cli.Run run = Cli.run(Cli.TERMINAL, "--no-color", "validate", Cli.BROKEN);

        assertThat(run.err()).contains("error:").doesNotContain(ESC);
    }

    @Test
    void helpFollowsTheSameRules() {
        assertThat(Cli.run(Cli.TERMINAL, "generate", "--help").out()).contains(ESC);
        assertThat(Cli.run(Cli.TERMINAL, "generate", "--help", "--no-color").out()).doesNotContain(ESC);
        assertThat(Cli.run(new Environment(Map.of("NO_COLOR", "yes"), true), "--help").out()).doesNotContain(ESC);
    }
}
