package io.github.schema2jpa.cli;

import io.github.schema2jpa.GenerationRequest;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** The options that {@code generate} and {@code check} share: where the entities go besides the output directory. */
final class TargetOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String packageName;

    Path userSources;

    @Option(
            names = {"-p", "--package"},
            paramLabel = "PACKAGE",
            description = "Java package of the entities, instead of the one each schema names.")
    void packageName(String value) {
        packageName = OptionValues.packageName(spec, "--package", value);
    }

    @Option(
            names = {"-u", "--user-sources"},
            paramLabel = "DIR",
            description = "Root of hand-written sources, where the entity class of a customizable table is created "
                    + "once for you to edit and never written again (default: the output directory).")
    void userSources(String value) {
        userSources = OptionValues.folder(spec, "--user-sources", value);
    }

    /** The generation request for these options. */
    GenerationRequest request(List<Path> schemas, Path output) {
        return GenerationRequest.of(schemas, output).withPackageName(packageName).withUserSourceDirectory(userSources);
    }
}
