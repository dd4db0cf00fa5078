package io.github.schema2jpa.cli;

import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.util.Locale;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParseResult;

/**
 * Turns an exception thrown by a command into one line on standard error and an exit code, so that users never see
 * a stack trace unless they ask for it with {@code --stacktrace}.
 */
final class FailureHandler implements IExecutionExceptionHandler {

    private final Schema2JpaCommand root;
    private final IExitCodeExceptionMapper exitCodes;

    FailureHandler(Schema2JpaCommand root, IExitCodeExceptionMapper exitCodes) {
        this.root = root;
        this.exitCodes = exitCodes;
    }

    @Override
    public int handleExecutionException(Exception exception, CommandLine commandLine, ParseResult parseResult) {
        int exitCode = exitCodes.getExitCode(exception);
        PrintWriter err = commandLine.getErr();
        if (exitCode == ExitCodes.INTERNAL_ERROR) {
            err.println("schema2jpa: internal error: " + message(exception)
                    + (root.stacktrace() ? "" : " (rerun with --stacktrace for details)"));
        } else {
            err.println("schema2jpa: error: " + message(exception));
        }
        if (root.stacktrace()) {
            exception.printStackTrace(err);
        }
        err.flush();
        return exitCode;
    }

    /** The exception's message followed by its causes' where they add something. */
    static String message(Throwable exception) {
        Throwable cause = exception.getCause();
        if (cause == null || cause == exception) {
            return describe(exception);
        }
        if (cause.toString().equals(exception.getMessage())) {
            return message(cause); // a wrapper that adds nothing
        }
        String own = describe(exception);
        String causes = message(cause);
        return own.contains(causes) ? own : own + ": " + causes;
    }

    private static String describe(Throwable exception) {
        if (exception instanceof FileSystemException e) {
            return (e.getFile() == null ? "" : e.getFile() + ": ") + reason(e);
        }
        String message = exception.getMessage();
        return message == null || message.isBlank() ? exception.getClass().getSimpleName() : message;
    }

    /** {@code file already exists} for a {@code FileAlreadyExistsException} without a reason of its own. */
    private static String reason(FileSystemException exception) {
        if (exception.getReason() != null) {
            return exception.getReason();
        }
        String name = exception.getClass().getSimpleName().replaceFirst("Exception$", "");
        return name.replaceAll("(?<=[a-z])(?=[A-Z])", " ").toLowerCase(Locale.ROOT);
    }
}
