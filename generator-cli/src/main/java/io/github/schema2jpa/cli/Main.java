package io.github.schema2jpa.cli;

import io.github.schema2jpa.Schema2Jpa;
import picocli.CommandLine;
import picocli.CommandLine.Help;
import picocli.CommandLine.RunLast;

/** Runs the {@code schema2jpa} command line and exits with its status. */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine(Environment.system());
        int exitCode = commandLine.execute(args);
        commandLine.getOut().flush();
        commandLine.getErr().flush();
        System.exit(exitCode);
    }

    /** The command line, ready to {@code execute}, in the given environment. */
    public static CommandLine commandLine(Environment environment) {
        return commandLine(environment, new Schema2Jpa());
    }

    /** The command line over the given generator. */
    public static CommandLine commandLine(Environment environment, Schema2Jpa generator) {
        return configure(new CommandLine(new Schema2JpaCommand(environment, generator)));
    }

    /**
     * Sets up colour, exit codes and error handling on a command line over a {@link Schema2JpaCommand}, once all its
     * subcommands are there.
     */
    static CommandLine configure(CommandLine commandLine) {
        Schema2JpaCommand root = commandLine.getCommand();
        FailureExitCodes exitCodes = new FailureExitCodes();
        commandLine.setCaseInsensitiveEnumValuesAllowed(true);
        // usage errors are reported before --no-color is known: they follow the environment alone
        commandLine.setColorScheme(
                Help.defaultColorScheme(root.environment().colorAllowed() ? Help.Ansi.ON : Help.Ansi.OFF));
        commandLine.setExitCodeExceptionMapper(exitCodes);
        commandLine.setExecutionExceptionHandler(new FailureHandler(root, exitCodes));
        commandLine.setExecutionStrategy(parseResult -> {
            commandLine.setColorScheme(Help.defaultColorScheme(root.ansi()));
            return new RunLast().execute(parseResult);
        });
        return commandLine;
    }
}
