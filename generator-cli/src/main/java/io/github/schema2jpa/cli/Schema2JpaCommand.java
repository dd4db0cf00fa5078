package io.github.schema2jpa.cli;

import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;

/**
 * The {@code schema2jpa} command: holds the options every subcommand shares and what they need from outside (the
 * generator and the environment). Its attributes (help and version options, the exit code list) are inherited by the
 * subcommands.
 */
@Command(
        name = "schema2jpa",
        scope = ScopeType.INHERIT,
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Generates JPA entity classes from YAML schemas of tables, columns, foreign keys and "
                + "relationships.",
        subcommands = {
            GenerateCommand.class,
            ValidateCommand.class,
            CheckCommand.class,
            DiagramCommand.class,
            DdlCommand.class,
            HelpCommand.class
        },
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            ExitCodes.OK + ":success",
            ExitCodes.FAILURE + ":a schema has errors, a file could not be read or written, or (check) the output "
                    + "is not up to date",
            ExitCodes.USAGE + ":usage error: the command line is wrong",
            ExitCodes.INTERNAL_ERROR + ":internal error (rerun with --stacktrace for details)"
        },
        footerHeading = "%n",
        footer = "Diagnostics go to standard error, coloured on a terminal unless --no-color is given or NO_COLOR "
                + "is set.")
public final class Schema2JpaCommand implements Callable<Integer> {

    private final Environment environment;
    private final Schema2Jpa generator;

    @Spec
    private CommandSpec spec;

    @Option(
            names = "--no-color",
            scope = ScopeType.INHERIT,
            description = "Never colour the output (colour is also off when NO_COLOR is set or the output is not a "
                    + "terminal).")
    private boolean noColor;

    @Option(
            names = "--stacktrace",
            scope = ScopeType.INHERIT,
            description = "Print the stack trace of an internal error.")
    private boolean stacktrace;

    public Schema2JpaCommand(Environment environment, Schema2Jpa generator) {
        this.environment = environment;
        this.generator = generator;
    }

    /** Without a subcommand there is nothing to do: a usage error. */
    @Override
    public Integer call() {
        throw new ParameterException(spec.commandLine(), "Missing required subcommand");
    }

    Environment environment() {
        return environment;
    }

    Schema2Jpa generator() {
        return generator;
    }

    boolean stacktrace() {
        return stacktrace;
    }

    /** Colour on or off, from the environment and {@code --no-color}. */
    Ansi ansi() {
        return !noColor && environment.colorAllowed() ? Ansi.ON : Ansi.OFF;
    }

    DiagnosticRenderer renderer() {
        return ansi().enabled() ? DiagnosticRenderer.ansi() : DiagnosticRenderer.plain();
    }
}
