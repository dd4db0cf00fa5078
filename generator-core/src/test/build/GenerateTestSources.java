import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * Generates the entities of every schema the tests run on, before the tests compile, with the generator this build
 * has just compiled: {@code java -cp CLASSPATH GenerateTestSources.java OUTPUT FOLDER...} generates each
 * {@code .yaml} file under each folder on its own, as a user would, and puts the {@code .java} files of all of them
 * into the source root OUTPUT; a file no schema produces any more is removed, a file whose content is unchanged
 * is left alone. Any diagnostic, or two schemas producing one file, fails the build. The build runs it as a source
 * file, so that it needs no compiling of its own before the test sources exist.
 */
public final class GenerateTestSources {

    private GenerateTestSources() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length < 2) {
            throw new IllegalArgumentException("usage: GenerateTestSources OUTPUT FOLDER...");
        }
        Path output = Path.of(args[0]);
        Map<Path, byte[]> files = new TreeMap<>();
        List<Path> schemas = schemas(Arrays.asList(args).subList(1, args.length));
        for (Path schema : schemas) {
            generate(schema, files);
        }
        int written = 0;
        for (Map.Entry<Path, byte[]> file : files.entrySet()) {
            Path target = output.resolve(file.getKey());
            if (!Files.exists(target) || !Arrays.equals(Files.readAllBytes(target), file.getValue())) {
                Files.createDirectories(target.getParent());
                Files.write(target, file.getValue());
                written++;
            }
        }
        int removed = 0;
        for (Path stale : javaFiles(output)) {
            if (!files.containsKey(stale)) {
                Files.delete(output.resolve(stale));
                removed++;
            }
        }
        System.out.printf("Generated %d files from %d schemas into %s: %d written, %d removed%n", files.size(),
                schemas.size(), output, written, removed);
    }

    private static List<Path> schemas(List<String> folders) throws IOException {
        List<Path> schemas = new ArrayList<>();
        for (String folder : folders) {
            try (Stream<Path> files = Files.walk(Path.of(folder))) {
                files.filter(file -> file.toString().endsWith(".yaml")).sorted().forEach(schemas::add);
            }
        }
        return schemas;
    }

    /** Generates one schema into a scratch folder and adds its Java files to {@code files}. */
    private static void generate(Path schema, Map<Path, byte[]> files) throws IOException {
        Path scratch = Files.createTempDirectory("schema2jpa-test-sources");
        try {
            GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), scratch));
            if (!result.diagnostics().isEmpty()) {
                System.err.print(DiagnosticRenderer.plain().renderAll(result.diagnostics()));
                System.exit(1);
            }
            for (Path file : javaFiles(scratch)) {
                if (files.put(file, Files.readAllBytes(scratch.resolve(file))) != null) {
                    System.err.println(schema + ": " + file + " is generated from another schema too");
                    System.exit(1);
                }
            }
        } finally {
            try (Stream<Path> walk = Files.walk(scratch)) {
                for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** The {@code .java} files under {@code root}, relative to it; none if it does not exist. */
    private static List<Path> javaFiles(Path root) throws IOException {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(file -> file.toString().endsWith(".java")).map(root::relativize).sorted().toList();
        }
    }
}
