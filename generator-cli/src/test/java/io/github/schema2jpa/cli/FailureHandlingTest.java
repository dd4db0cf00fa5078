package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** A command that fails with an exception: a bug is one line and exit 3, a file problem one line and exit 1. */
class FailureHandlingTest {

    @Command(name = "explode")
    static final class Explode implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("something impossible happened");
        }
    }

    @Command(name = "unreadable")
    static final class Unreadable implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new UncheckedIOException("cannot read schemas", new NoSuchFileException("x/y.yaml"));
        }
    }

    private static Cli.Run run(String... args) {
        CommandLine commandLine = new CommandLine(new Schema2JpaCommand(Cli.PLAIN, new Schema2Jpa()))
                .addSubcommand(new Explode())
                .addSubcommand(new Unreadable());
        return Cli.run(Main.configure(commandLine), args);
    }

    @Test
    void anInternalErrorIsOneLineAndExitsWithThree() {
        Cli.Run run = run("explode");

        assertThat(run.exitCode()).isEqualTo(3);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isEqualTo("schema2jpa: internal error: something impossible happened "
                + "(rerun with --stacktrace for details)" + System.lineSeparator());
    }

    @Test
    void stacktracePrintsTheTrace() {
        for (String[] args : new String[][] {{"explode", "--stacktrace"}, {"--stacktrace", "explode"}}) {
            Cli.Run run = run(args);

            assertThat(run.exitCode()).isEqualTo(3);
            assertThat(run.err())
                    .startsWith("schema2jpa: internal error: something impossible happened" + System.lineSeparator())
                    .contains("java.lang.IllegalStateException: something impossible happened", "\tat ")
                    .contains(Explode.class.getName());
        }
    }

    @Test
    void aFileProblemIsAnErrorAndExitsWithOne() {
        Cli.Run run = run("unreadable");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.err())
                .isEqualTo("schema2jpa: error: cannot read schemas: x/y.yaml: no such file" + System.lineSeparator());
    }

    @Test
    void exitCodesOfExceptions() {
        FailureExitCodes codes = new FailureExitCodes();

        assertThat(codes.getExitCode(new IOException("disk full"))).isEqualTo(1);
        assertThat(codes.getExitCode(new RuntimeException(new IOException("disk full")))).isEqualTo(1);
        assertThat(codes.getExitCode(new NullPointerException())).isEqualTo(3);
        assertThat(codes.getExitCode(new CommandLine.ParameterException(Main.commandLine(Cli.PLAIN), "bad")))
                .isEqualTo(2);
    }

    @Test
    void messagesNameTheCauseOnce() {
        assertThat(FailureHandler.message(new UncheckedIOException(new NoSuchFileException("a.yaml"))))
                .isEqualTo("a.yaml: no such file");
        assertThat(FailureHandler.message(new UncheckedIOException("cannot write to out",
                        new FileAlreadyExistsException("out"))))
                .isEqualTo("cannot write to out: out: file already exists");
        assertThat(FailureHandler.message(new AccessDeniedException("out/A.java", null, "Permission denied")))
                .isEqualTo("out/A.java: Permission denied");
        assertThat(FailureHandler.message(new IllegalStateException("outer", new RuntimeException("inner"))))
                .isEqualTo("outer: inner");
        assertThat(FailureHandler.message(new RuntimeException(new IllegalArgumentException("inner"))))
                .isEqualTo("inner");
        assertThat(FailureHandler.message(new NullPointerException())).isEqualTo("NullPointerException");
    }
}
