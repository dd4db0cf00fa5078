package io.github.schema2jpa;

import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.Targets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What to generate: schema files in, the files of each target out.
 *
 * @param schemas the schema files, in the order given; diagnostics name them as given here
 * @param outputDirectory the root of the generated tree (package folders go below it)
 * @param packageName a Java package that overrides the one each schema names
 * @param options choices about the generated code
 * @param userSourceDirectory the root of hand-written sources, where the entity classes of customizable tables are
 *     created once for the user to edit; the output directory when empty
 * @param owner who writes into the output directory (a build's execution, say); the directory of another owner is
 *     refused, so that two owners never remove each other's files. Empty: anyone's
 * @param targets the outputs to generate, each named once; by default the JPA entity sources
 */
public record GenerationRequest(
        List<Path> schemas,
        Path outputDirectory,
        Optional<String> packageName,
        GeneratorOptions options,
        Optional<Path> userSourceDirectory,
        Optional<String> owner,
        List<Target> targets) {

    public GenerationRequest {
        schemas = List.copyOf(schemas);
        targets = List.copyOf(targets);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(userSourceDirectory, "userSourceDirectory");
        if (targets.isEmpty()) {
            throw new IllegalArgumentException("a request generates at least one target");
        }
        Set<String> names = new HashSet<>();
        for (Target target : targets) {
            if (!names.add(target.name())) {
                throw new IllegalArgumentException("target '" + target.name() + "' is requested twice");
            }
        }
    }

    public static GenerationRequest of(List<Path> schemas, Path outputDirectory) {
        return new GenerationRequest(schemas, outputDirectory, Optional.empty(), GeneratorOptions.defaults(),
                Optional.empty(), Optional.empty(), Targets.defaults());
    }

    public GenerationRequest withSchemas(List<Path> schemas) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory, owner,
                targets);
    }

    public GenerationRequest withPackageName(String packageName) {
        return new GenerationRequest(schemas, outputDirectory, Optional.ofNullable(packageName), options,
                userSourceDirectory, owner, targets);
    }

    public GenerationRequest withOptions(GeneratorOptions options) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory, owner,
                targets);
    }

    public GenerationRequest withUserSourceDirectory(Path directory) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, Optional.ofNullable(directory),
                owner, targets);
    }

    public GenerationRequest withOwner(String owner) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory,
                Optional.ofNullable(owner), targets);
    }

    public GenerationRequest withTargets(List<Target> targets) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory, owner,
                targets);
    }

    /** Where files the user owns are created: the user source directory, or else the output directory. */
    public Path userSources() {
        return userSourceDirectory.orElse(outputDirectory);
    }
}
