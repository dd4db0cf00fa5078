package io.github.schema2jpa.cli;

import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.Targets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import javax.lang.model.SourceVersion;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;

/** Checks the values of options as they are parsed, so that a bad value is a usage error (exit 2), not a failure. */
final class OptionValues {

    private OptionValues() {
    }

    /**
     * A folder to write into: not empty (which would mean the working directory without saying so) and not the root
     * of a file system.
     */
    static Path folder(CommandSpec spec, String option, String value) {
        if (value.isBlank()) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option
                    + "': the folder is empty; name one, such as 'generated' (or '.' for the working directory)");
        }
        Path folder;
        try {
            folder = Path.of(value);
        } catch (InvalidPathException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '" + value
                    + "' is not a path: " + e.getReason());
        }
        Path absolute = folder.toAbsolutePath().normalize();
        if (absolute.getParent() == null) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '" + value
                    + "' is the root of the file system; name a folder below it");
        }
        return folder;
    }

    /** A Java package name: identifiers separated by dots, none of them a keyword. */
    static String packageName(CommandSpec spec, String option, String value) {
        if (!SourceVersion.isName(value)) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': '" + value
                    + "' is not a Java package name; write identifiers separated by dots, such as 'org.example.shop'");
        }
        return value;
    }

    /** A count of at least one. */
    static int atLeastOne(CommandSpec spec, String option, int value) {
        if (value < 1) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + value
                    + " is less than 1");
        }
        return value;
    }

    /** The name of a target the generator offers, requested once. */
    static Target target(CommandSpec spec, String option, String value) {
        return Targets.named(value).orElseThrow(() -> new ParameterException(spec.commandLine(), "Invalid value for"
                + " option '" + option + "': '" + value + "' is not a target; write one of: " + Targets.names()));
    }
}
