package io.github.schema2jpa.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import picocli.CommandLine.IExitCodeExceptionMapper;
import picocli.CommandLine.ParameterException;

/**
 * The exit code of a command that failed with an exception: a wrong command line is a usage error
 * ({@value ExitCodes#USAGE}, also for picocli's own handler of usage errors, which asks this mapper); a file that
 * could not be read or written is the user's to fix ({@value ExitCodes#FAILURE}); anything else is a bug
 * ({@value ExitCodes#INTERNAL_ERROR}).
 */
final class FailureExitCodes implements IExitCodeExceptionMapper {

    @Override
    public int getExitCode(Throwable exception) {
        if (exception instanceof ParameterException) {
            return ExitCodes.USAGE;
        }
        for (Throwable t = exception; t != null; t = t.getCause()) {
            if (t instanceof IOException || t instanceof UncheckedIOException) {
                return ExitCodes.FAILURE;
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return ExitCodes.INTERNAL_ERROR;
    }
}
