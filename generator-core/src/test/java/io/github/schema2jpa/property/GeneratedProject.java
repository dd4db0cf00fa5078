package io.github.schema2jpa.property;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One schema taken the whole way, as a user's build would: generate, compile with every warning an error, boot
 * Hibernate on H2 to create the tables and again to validate them, then keep a pair in step through the generated
 * methods. Each step throws {@link AssertionError} with what went wrong.
 */
final class GeneratedProject {

    private GeneratedProject() {
    }

    /** What happened to a schema: refused with diagnostics, or generated, compiled, booted and kept in step. */
    enum Outcome { REFUSED, GENERATED }

    static Outcome check(SchemaSpec.Rendered schema) throws IOException {
        return check(schema.yaml(), schema.mustGenerate(), schema.pair());
    }

    /**
     * @param mustGenerate whether a refusal is a failure too
     * @param pair the one-to-many pair to keep in step, if any
     */
    static Outcome check(String yaml, boolean mustGenerate, java.util.Optional<SchemaSpec.SyncPair> pair)
            throws IOException {
        Path work = Files.createTempDirectory("schema2jpa-property");
        try {
            return check(yaml, mustGenerate, pair, work);
        } finally {
            delete(work);
        }
    }

    private static Outcome check(String yaml, boolean mustGenerate, java.util.Optional<SchemaSpec.SyncPair> syncPair,
            Path work) throws IOException {
        Path file = work.resolve("schema.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        GenerationResult result;
        try {
            result = new Schema2Jpa().generate(GenerationRequest.of(List.of(file), out));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("generate threw " + e, e);
        }
        if (result.hasErrors()) {
            List<String> misplaced = Locations.misplaced(result.diagnostics(), file.toString(), yaml);
            if (!misplaced.isEmpty()) {
                throw new AssertionError("diagnostics outside the file: " + misplaced);
            }
            if (Files.exists(out)) {
                try (Stream<Path> files = Files.walk(out)) {
                    List<Path> written = files.filter(Files::isRegularFile).toList();
                    if (!written.isEmpty()) {
                        throw new AssertionError("refused, yet wrote " + written);
                    }
                }
            }
            if (mustGenerate) {
                throw new AssertionError("refused a schema of plain names: " + headlines(result));
            }
            return Outcome.REFUSED;
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        GeneratedCompiler.compile(out, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedProject.class.getClassLoader())) {
            List<Class<?>> entities = new ArrayList<>();
            for (String name : result.entities()) {
                entities.add(load(loader, name));
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path type : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(type).toString().replace('/', '.').replaceAll("\\.class$", "");
                    load(loader, name);
                }
            }
            if (System.getProperty(Names.INJECTED) != null) {
                System.clearProperty(Names.INJECTED);
                throw new AssertionError("text of the schema ran as code when the generated classes loaded");
            }
            HibernateBoot.boot(entities, loader);
            if (syncPair.isPresent()) {
                SchemaSpec.SyncPair pair = syncPair.get();
                PairSync.sync(load(loader, SchemaSpec.PACKAGE + "." + pair.parentEntity()),
                        load(loader, SchemaSpec.PACKAGE + "." + pair.childEntity()), pair.foreignKeyColumn());
            }
        }
        return Outcome.GENERATED;
    }

    private static String headlines(GenerationResult result) {
        return String.join("\n", result.diagnostics().stream().map(d -> d.headline()).toList());
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load generated class " + name + ": " + e, e);
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
