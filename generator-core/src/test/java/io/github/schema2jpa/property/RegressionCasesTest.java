package io.github.schema2jpa.property;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The minimal failing inputs the properties found, kept as files under {@code src/test/resources/property}: each
 * {@code generate/*.yaml} must generate code that compiles, boots and keeps its pair in step (or be refused with
 * diagnostics inside the file), each {@code validate/*.yaml} must be validated without an exception and with every
 * diagnostic inside the file. A file's header names the defect it showed ({@code # defect: NAME}); files of
 * defects still {@linkplain OpenDefects#OPEN open} wait for the fix ({@code -Dschema2jpa.properties.all-cases=true}
 * runs them all, to see which a change fixes). {@code # must-generate} says that a refusal
 * is a failure too; {@code # sync: Parent Child column} names the pair to keep in step.
 */
class RegressionCasesTest {

    private static final Path CASES = Path.of("src/test/resources/property");

    @TestFactory
    Stream<DynamicTest> generatedCasesCompileBootAndSync() {
        return cases("generate").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> {
            String yaml = Files.readString(file, StandardCharsets.UTF_8);
            Optional<SchemaSpec.SyncPair> pair = header(yaml, "sync").map(value -> value.split(" "))
                    .map(parts -> new SchemaSpec.SyncPair(parts[0], parts[1], parts[2]));
            GeneratedProject.check(yaml, yaml.contains("\n# must-generate\n") || yaml.startsWith("# must-generate\n"),
                    pair);
        }));
    }

    @TestFactory
    Stream<DynamicTest> validatedCasesNeverThrowAndLocateEveryDiagnostic() {
        return cases("validate").map(file -> DynamicTest.dynamicTest(file.getFileName().toString(),
                () -> ValidatePropertyTest.check(Files.readString(file, StandardCharsets.UTF_8))));
    }

    private static Stream<Path> cases(String kind) {
        Path folder = CASES.resolve(kind);
        try (Stream<Path> files = Files.list(folder)) {
            List<Path> all = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
            boolean everyCase = Boolean.getBoolean("schema2jpa.properties.all-cases");
            return all.stream().filter(file -> everyCase || defect(file).map(d -> !d.open()).orElse(true));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<OpenDefects> defect(Path file) {
        try {
            return header(Files.readString(file, StandardCharsets.UTF_8), "defect")
                    .map(value -> OpenDefects.valueOf(value.split(" ")[0]));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Optional<String> header(String text, String key) {
        return text.lines().filter(line -> line.startsWith("# " + key + ": "))
                .map(line -> line.substring(key.length() + 4).trim()).findFirst();
    }
}
