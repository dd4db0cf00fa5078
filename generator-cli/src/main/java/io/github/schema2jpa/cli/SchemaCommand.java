package io.github.schema2jpa.cli;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** What every subcommand has: schema files to read, standard output, and diagnostics printed to standard error. */
abstract class SchemaCommand implements Callable<Integer> {

    @ParentCommand
    Schema2JpaCommand root;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "SCHEMA", arity = "1..*", description = "Schema files (YAML).")
    List<Path> schemas;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    /** Prints the diagnostics, if any, to standard error; returns whether any of them is an error. */
    boolean report(List<Diagnostic> diagnostics) {
        if (!diagnostics.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.print(root.renderer().renderAll(diagnostics));
            err.flush();
        }
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** The file names of the schemas read, as in {@code pypi.yaml, shop.yaml}. */
    static String schemaNames(List<Path> read) {
        return String.join(", ", read.stream().map(SchemaCommand::fileName).toList());
    }

    private static String fileName(Path path) {
        return path.getFileName() == null ? path.toString() : path.getFileName().toString();
    }
}
