package io.github.schema2jpa.cli;

/** The exit statuses of the command line, as documented in {@code --help} and {@code docs/cli.md}. */
final class ExitCodes {

    /** The command did what was asked. */
    static final int OK = 0;
    /** A schema has errors, a file could not be read or written, or (check) the output is not up to date. */
    static final int FAILURE = 1;
    /** The command line itself was wrong: picocli's own status for usage errors. */
    static final int USAGE = 2;
    /** A bug: something failed that should not have. */
    static final int INTERNAL_ERROR = 3;

    private ExitCodes() {
    }
}
