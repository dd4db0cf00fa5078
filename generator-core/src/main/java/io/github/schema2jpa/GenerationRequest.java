package io.github.schema2jpa;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What to generate: schema files in, Java sources out.
 *
 * @param schemas the schema files, in the order given; diagnostics name them as given here
 * @param outputDirectory the root of the generated source tree (package folders go below it)
 * @param packageName a Java package that overrides the one each schema names
 * @param options choices about the generated code
 * @param userSourceDirectory the root of hand-written sources, where the entity classes of customizable tables are
 *     created once for the user to edit; the output directory when empty
 * @param owner who writes into the output directory (a build's execution, say); the directory of another owner is
 *     refused, so that two owners never remove each other's files. Empty: anyone's
 */
public record GenerationRequest(
        List<Path> schemas,
        Path outputDirectory,
        Optional<String> packageName,
        GeneratorOptions options,
        Optional<Path> userSourceDirectory,
        Optional<String> owner) {

    public GenerationRequest {
        schemas = List.copyOf(schemas);
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(outputDirectory, "outputDirectory");
        Objects.requireNonNull(packageName, "packageName");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(userSourceDirectory, "userSourceDirectory");
    }

    public static GenerationRequest of(List<Path> schemas, Path outputDirectory) {
        return new GenerationRequest(schemas, outputDirectory, Optional.empty(), GeneratorOptions.defaults(),
                Optional.empty(), Optional.empty());
    }

    public GenerationRequest withSchemas(List<Path> schemas) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory, owner);
    }

    public GenerationRequest withPackageName(String packageName) {
        return new GenerationRequest(schemas, outputDirectory, Optional.ofNullable(packageName), options,
                userSourceDirectory, owner);
    }

    public GenerationRequest withOptions(GeneratorOptions options) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory, owner);
    }

    public GenerationRequest withUserSourceDirectory(Path directory) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, Optional.ofNullable(directory),
                owner);
    }

    public GenerationRequest withOwner(String owner) {
        return new GenerationRequest(schemas, outputDirectory, packageName, options, userSourceDirectory,
                Optional.ofNullable(owner));
    }

    /** Where files the user owns are created: the user source directory, or else the output directory. */
    public Path userSources() {
        return userSourceDirectory.orElse(outputDirectory);
    }
}
