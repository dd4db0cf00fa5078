package io.github.schema2jpa.cli;

import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import picocli.CommandLine;

/** Runs the command line in-process, with captured output and a given environment. */
final class Cli {

    /** Not a terminal, no variables: no colour. */
    static final Environment PLAIN = new Environment(Map.of(), false);
    /** A terminal with no NO_COLOR: colour allowed. */
    static final Environment TERMINAL = new Environment(Map.of(), true);

    static final String VALID = "src/test/resources/schemas/packages.yaml";
    static final String BROKEN = "src/test/resources/schemas/broken.yaml";
    /** The repository's example schema. */
    static final String PYPI = "../schemas/pypi.yaml";

    /** What one run printed and returned. */
    record Run(int exitCode, String out, String err) {
    }

    private Cli() {
    }

    /** The Java sources below a directory, as many as generate wrote there. */
    static long javaFiles(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.toString().endsWith(".java")).count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Run run(String... args) {
        return run(PLAIN, args);
    }

    static Run run(Environment environment, String... args) {
        return run(Main.commandLine(environment), args);
    }

    static Run run(Environment environment, Schema2Jpa generator, String... args) {
        return run(Main.commandLine(environment, generator), args);
    }

    static Run run(CommandLine commandLine, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int exitCode = commandLine.execute(args);
        return new Run(exitCode, out.toString(), err.toString());
    }
}
