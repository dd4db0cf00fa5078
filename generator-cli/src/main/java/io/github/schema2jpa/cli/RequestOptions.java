package io.github.schema2jpa.cli;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.GeneratorOptions.TimestampWithTimeZoneType;
import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.Targets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * The options that {@code generate} and {@code check} share: everything besides the output directory that decides
 * what is generated. They are the parameters of the Maven plugin, so that {@code check} verifies a tree the plugin
 * generated.
 */
final class RequestOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    String packageName;

    Path userSources;

    @Option(names = "--timestamp-with-time-zone", paramLabel = "TYPE", defaultValue = "OFFSET_DATE_TIME",
            description = "Java type of timestamptz columns: ${COMPLETION-CANDIDATES} (java.time.OffsetDateTime, "
                    + "java.time.Instant), in any case (default: ${DEFAULT-VALUE}).")
    TimestampWithTimeZoneType timestampWithTimeZone;

    @Option(
            names = "--sequence-allocation-size",
            paramLabel = "N",
            description = "Allocation size of generated sequences, at least 1; Hibernate creates the sequences with "
                    + "the same increment, so that inserts can be batched (default: 50).")
    int sequenceAllocationSize = GeneratorOptions.defaults().sequenceAllocationSize();

    @Option(
            names = "--repositories",
            description = "Also generate a Spring Data repository beside each entity (<Entity>Repository extends "
                    + "JpaRepository), with findBy methods for unique columns; the code then needs spring-data-jpa.")
    boolean repositories;

    List<Target> targets = new ArrayList<>();

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

    @Option(
            names = "--target",
            paramLabel = "TARGET",
            description = "An output to generate, one of: ${COMPLETION-CANDIDATES}; repeat it for several "
                    + "(default: entities).",
            completionCandidates = TargetNames.class)
    void targets(List<String> values) {
        targets = new ArrayList<>();
        for (String value : values) {
            Target target = OptionValues.target(spec, "--target", value);
            if (targets.contains(target)) {
                throw new ParameterException(spec.commandLine(), "Invalid value for option '--target': '" + value
                        + "' is given twice");
            }
            targets.add(target);
        }
    }

    /** The generation request for these options; a value out of range is a usage error. */
    GenerationRequest request(List<Path> schemas, Path output) {
        int allocationSize = OptionValues.atLeastOne(spec, "--sequence-allocation-size", sequenceAllocationSize);
        GenerationRequest request = GenerationRequest.of(schemas, output)
                .withPackageName(packageName)
                .withUserSourceDirectory(userSources)
                .withOptions(new GeneratorOptions(timestampWithTimeZone, allocationSize, repositories));
        return targets.isEmpty() ? request : request.withTargets(targets);
    }

    /** The names of the targets: {@code entities}. */
    static final class TargetNames implements Iterable<String> {
        @Override
        public java.util.Iterator<String> iterator() {
            return Targets.all().stream().map(Target::name).iterator();
        }
    }
}
