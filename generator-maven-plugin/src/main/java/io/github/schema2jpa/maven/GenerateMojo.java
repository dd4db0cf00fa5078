package io.github.schema2jpa.maven;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.GeneratorOptions.TimestampWithTimeZoneType;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.Targets;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.SourceVersion;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;
import org.apache.maven.project.MavenProject;

/**
 * Generates JPA entity classes from YAML schemas and adds them to the sources that the project compiles.
 *
 * <p>Generation is skipped when the schemas, the parameters and the generator (its version and its classes, so that a
 * rebuilt snapshot counts as a change) are all what they were at the last successful run. When anything changed, only the files whose content changed are rewritten, and files
 * that are no longer produced are removed. An invalid schema fails the build with every problem found, each as
 * {@code FILE:LINE:COL: error: MESSAGE}.
 *
 * @since 0.1.0
 */
@Mojo(
        name = "generate",
        defaultPhase = LifecyclePhase.GENERATE_SOURCES,
        threadSafe = true,
        requiresDependencyResolution = ResolutionScope.NONE)
public final class GenerateMojo extends AbstractMojo {

    /**
     * Schema files to generate from, relative to the project's base directory. Used together with the files found
     * in {@link #schemaDirectory}. A file listed here that does not exist is an error.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.schemas")
    private List<File> schemas;

    /**
     * A directory searched for schema files, with {@link #includes} and {@link #excludes}. It is not an error
     * when it does not exist, as long as there is some schema to generate from.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.schemaDirectory", defaultValue = "${project.basedir}/src/main/schema")
    private File schemaDirectory;

    /**
     * Patterns of the schema files to take from {@link #schemaDirectory}, relative to it, in Maven's
     * {@code **}/{@code *} syntax. Default: {@code **}{@code /*.yaml} and {@code **}{@code /*.yml}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.includes")
    private List<String> includes;

    /**
     * Patterns of files in {@link #schemaDirectory} that are not schemas, even though they match
     * {@link #includes}. Default: none.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.excludes")
    private List<String> excludes;

    /**
     * Root of the generated source tree; package folders go below it. It is added to the project's compile source
     * roots on every run, also when generation is skipped or up to date. Each execution needs its own: an execution
     * refuses a directory that another one writes, since each would remove the other's files.
     *
     * @since 0.1.0
     */
    @Parameter(
            property = "schema2jpa.outputDirectory",
            defaultValue = "${project.build.directory}/generated-sources/schema2jpa",
            required = true)
    private File outputDirectory;

    /**
     * Root of the hand-written sources, where the entity class of a {@code customizable} table is created once for
     * you to edit ({@code Package extends PackageBase}); it is never written again. The mapping itself is generated
     * into {@link #outputDirectory}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.userSourceDirectory", defaultValue = "${project.build.sourceDirectory}",
            required = true)
    private File userSourceDirectory;

    /**
     * A Java package for every generated entity, instead of the one each schema names.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.packageName")
    private String packageName;

    /**
     * The Java type of {@code timestamptz} columns: {@code OFFSET_DATE_TIME} ({@code java.time.OffsetDateTime}) or
     * {@code INSTANT} ({@code java.time.Instant}).
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.timestampWithTimeZone", defaultValue = "OFFSET_DATE_TIME", required = true)
    private TimestampWithTimeZoneType timestampWithTimeZone;

    /**
     * The allocation size of generated sequences, at least 1. Hibernate creates the sequences with the same
     * increment, so that inserts can be batched.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.sequenceAllocationSize", defaultValue = "50", required = true)
    private int sequenceAllocationSize;

    /**
     * The outputs to generate, by name; the default, {@code entities}, is the JPA entity sources, the only target
     * there is yet.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.targets")
    private List<String> targets;

    /**
     * Also generates a Spring Data repository beside each entity ({@code <Entity>Repository extends JpaRepository}),
     * with a {@code findBy} method for each unique column; the generated code then needs {@code spring-data-jpa}.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.repositories", defaultValue = "false")
    private boolean repositories;

    /**
     * Skips generation. The output directory is still added to the compile source roots.
     *
     * @since 0.1.0
     */
    @Parameter(property = "schema2jpa.skip", defaultValue = "false")
    private boolean skip;

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    private MavenProject project;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true, required = true)
    private File buildDirectory;

    @Parameter(defaultValue = "${mojoExecution.executionId}", readonly = true, required = true)
    private String executionId;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        Path output = outputDirectory.toPath();
        new SourceRootRegistrar(project).addCompileSourceRoot(output);
        if (skip) {
            getLog().info("Skipping schema2jpa (skip is set); " + display(output) + " stays a source root");
            return;
        }
        List<Path> schemaFiles = new SchemaFiles(project.getBasedir().toPath(), schemas, schemaDirectory, includes,
                excludes).find();
        if (schemaFiles.isEmpty()) {
            throw new MojoFailureException("No schema file: none is listed in <schemas> and none in "
                    + display(schemaDirectory.toPath()) + " matches " + SchemaFiles.includesOrDefault(includes));
        }
        if (packageName != null && !SourceVersion.isName(packageName)) {
            throw new MojoFailureException("Invalid schema2jpa parameter packageName: '" + packageName
                    + "' is not a Java package name; write identifiers separated by dots, such as 'org.example.shop'");
        }
        GenerationRequest request = GenerationRequest.of(schemaFiles.stream().map(this::display).toList(), output)
                .withPackageName(packageName)
                .withOptions(options())
                .withTargets(targets())
                .withUserSourceDirectory(userSourceDirectory.toPath())
                .withOwner("execution '" + executionId + "' of " + project.getGroupId() + ":" + project.getArtifactId());
        try {
            generate(request);
        } catch (IOException | UncheckedIOException e) {
            throw new MojoExecutionException("schema2jpa could not generate into " + display(output) + ": "
                    + e.getMessage(), e);
        }
    }

    private void generate(GenerationRequest request) throws IOException, MojoFailureException {
        InputDigest digest = InputDigest.of(request);
        DigestStore store = new DigestStore(buildDirectory.toPath().resolve("schema2jpa"), executionId);
        if (store.isUpToDate(digest, request.outputDirectory(), request.userSources())) {
            getLog().info(ResultReport.upToDateLine(request, display(request.outputDirectory())));
            return;
        }
        store.invalidate();
        long start = System.nanoTime();
        GenerationResult result = new Schema2Jpa().generate(request);
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        ResultReport report = new ResultReport(result);
        report.logDiagnostics(getLog());
        if (result.hasErrors()) {
            throw new MojoFailureException(report.failureMessage());
        }
        store.record(digest, result);
        getLog().info(result.summaryLine(elapsed));
    }

    private GeneratorOptions options() throws MojoFailureException {
        try {
            return new GeneratorOptions(timestampWithTimeZone, sequenceAllocationSize, repositories);
        } catch (IllegalArgumentException e) {
            throw new MojoFailureException("Invalid schema2jpa parameter: " + e.getMessage(), e);
        }
    }

    private List<Target> targets() throws MojoFailureException {
        if (targets == null || targets.isEmpty()) {
            return Targets.defaults();
        }
        List<Target> named = new ArrayList<>();
        for (String name : targets) {
            Target target = Targets.named(name).orElseThrow(() -> new MojoFailureException("Invalid schema2jpa"
                    + " parameter targets: '" + name + "' is not a target; write one of: " + Targets.names()));
            if (named.contains(target)) {
                throw new MojoFailureException("Invalid schema2jpa parameter targets: '" + name + "' is given twice");
            }
            named.add(target);
        }
        return named;
    }

    /** A path as diagnostics and messages show it: relative to the working directory when it is below it. */
    private Path display(Path path) {
        return DisplayPaths.relativeToWorkingDirectory(path);
    }
}
