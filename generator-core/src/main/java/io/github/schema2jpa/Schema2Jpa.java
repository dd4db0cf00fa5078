package io.github.schema2jpa;

import io.github.schema2jpa.ddl.DdlWriter;
import io.github.schema2jpa.ddl.SqlDialect;
import io.github.schema2jpa.diagram.DiagramWriter;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.output.OutputWriter;
import io.github.schema2jpa.output.WriteReport;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.repositories.RepositorySources;
import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.TargetInput;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The entry point of the generator: validate schemas, generate the files of each target (JPA entities by default),
 * check a generated tree, draw diagrams.
 * The CLI and the Maven plugin are thin adapters over this class.
 */
public final class Schema2Jpa {

    private final NamingStrategy naming;

    public Schema2Jpa() {
        this(NamingStrategy.standard());
    }

    public Schema2Jpa(NamingStrategy naming) {
        this.naming = naming;
    }

    /**
     * Loads and checks schemas; writes nothing. A schema needs no Java package here: its classes are checked as if
     * they were in the unnamed package.
     */
    public ValidationResult validate(List<Path> schemas) {
        schemas = distinct(schemas);
        Compilation compilation = Compilation.check(schemas, naming);
        int entities = compilation.model().map(model -> model.entities().size()).orElse(0);
        return new ValidationResult(schemas, entities, compilation.diagnostics());
    }

    /**
     * Generates the files of the request's targets into its output directory. Files whose content is unchanged are not
     * rewritten; files written by an earlier run and no longer produced are removed; other files are never touched.
     * When a schema has errors, nothing is written.
     */
    public GenerationResult generate(GenerationRequest request) {
        return run(request, false);
    }

    /** Computes what {@link #generate} would do, without touching the output directory. */
    public GenerationResult check(GenerationRequest request) {
        return run(request, true);
    }

    /** An entity-relationship diagram of the schemas, which need no Java package. */
    public DiagramResult diagram(List<Path> schemas, DiagramFormat format) {
        schemas = distinct(schemas);
        Compilation compilation = Compilation.check(schemas, naming);
        String text = compilation.model().isPresent() ? DiagramWriter.of(format).write(compilation.schemas()) : "";
        return new DiagramResult(text, compilation.diagnostics());
    }

    /** The script that creates the schemas' tables on {@code dialect}; the schemas need no Java package. */
    public DdlResult ddl(List<Path> schemas, SqlDialect dialect, GeneratorOptions options) {
        schemas = distinct(schemas);
        Compilation compilation = Compilation.check(schemas, naming);
        String text = compilation.model()
                .map(model -> new DdlWriter(dialect, naming, options).write(compilation.schemas(), model))
                .orElse("");
        return new DdlResult(text, compilation.diagnostics());
    }

    private GenerationResult run(GenerationRequest request, boolean dryRun) {
        request = request.withSchemas(distinct(request.schemas()));
        Compilation compilation =
                Compilation.run(request.schemas(), request.packageName(), request.options(), naming);
        if (compilation.model().isEmpty()) {
            return GenerationResult.failed(request.schemas(), compilation.diagnostics());
        }
        GenerationModel model = compilation.model().get();
        List<GeneratedFile> files = files(request, new TargetInput(compilation.schemas(), model, request.options(), naming));
        OutputWriter writer = new OutputWriter(request.outputDirectory(), request.userSources(), request.owner());
        WriteReport report;
        try {
            report = dryRun ? writer.plan(files) : writer.write(files);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write to " + request.outputDirectory(), e);
        }
        return new GenerationResult(
                request.schemas(),
                model.entityClassNames(),
                report.written(),
                report.unchanged(),
                report.removed(),
                report.created(),
                report.userFiles(),
                Stream.concat(compilation.diagnostics().stream(), report.warnings().stream()).toList(),
                report.extra(),
                report.manifestUpToDate());
    }

    /** The files of every target of the request; two targets never write one file. */
    private static List<GeneratedFile> files(GenerationRequest request, TargetInput input) {
        Map<Path, String> writers = new HashMap<>();
        List<GeneratedFile> files = new ArrayList<>();
        List<Target> targets = new ArrayList<>(request.targets());
        if (request.options().repositories()) {
            targets.add(new RepositorySources());
        }
        for (Target target : targets) {
            for (GeneratedFile file : target.generate(input)) {
                String other = writers.putIfAbsent(file.path(), target.name());
                if (other != null) {
                    throw new IllegalStateException("targets '" + other + "' and '" + target.name() + "' both write "
                            + file.path());
                }
                files.add(file);
            }
        }
        return files;
    }

    /**
     * The schema files, each once: a file named twice (or by two paths, {@code pypi.yaml} and
     * {@code ./pypi.yaml}) is read once, under the name it was first given.
     */
    static List<Path> distinct(List<Path> schemas) {
        Set<Path> seen = new HashSet<>();
        List<Path> distinct = new ArrayList<>();
        for (Path schema : schemas) {
            if (seen.add(identity(schema))) {
                distinct.add(schema);
            }
        }
        return distinct;
    }

    private static Path identity(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize(); // reported when it is read
        }
    }

    /**
     * One SHA-256 of everything that decides what {@link #generate} writes for {@code request}: this generator's
     * version and classes, its naming strategy, every parameter of the request, and the schema files' paths and
     * bytes. Two runs with the same fingerprint write the same files; a build tool skips a run whose fingerprint is
     * that of the last successful one.
     */
    public String fingerprint(GenerationRequest request) throws IOException {
        return fingerprint(request, GeneratorBuild.current().id());
    }

    /** The fingerprint of {@code request} for the generator {@code generator} (a {@link GeneratorBuild#id()}). */
    public String fingerprint(GenerationRequest request, String generator) throws IOException {
        return Fingerprint.of(request, naming, generator);
    }

    /** The generator's version, as built. */
    public static String version() {
        Properties properties = new Properties();
        try (InputStream in = Schema2Jpa.class.getResourceAsStream("version.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version", "unknown");
    }
}
