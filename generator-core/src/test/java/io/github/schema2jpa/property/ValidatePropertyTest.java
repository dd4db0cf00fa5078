package io.github.schema2jpa.property;

import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.ValidationResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Whatever a schema file holds, {@code validate} answers with diagnostics, never an exception, and every
 * diagnostic points inside the file: a line it has, a column within that line.
 */
class ValidatePropertyTest {

    /**
     * A validation costs milliseconds where a generation costs a second: each try takes a batch of files, so that
     * both properties share one number of tries, {@code jqwik.tries.default}. Shrinking drops the files that pass.
     */
    @Provide
    Arbitrary<List<String>> batchesOfSchemaText() {
        return ArbitraryYaml.any().list().ofMinSize(1).ofMaxSize(BATCH);
    }

    static final int BATCH = 400;

    @Property
    void validateNeverThrowsAndLocatesEveryDiagnosticInsideTheFile(@ForAll("batchesOfSchemaText") List<String> texts)
            throws IOException {
        for (String text : texts) {
            long start = System.nanoTime();
            long cpu = TryLog.cpuNanos();
            String outcome = "FAILED";
            try {
                outcome = check(text) ? "ERRORS" : "VALID";
                Statistics.label("outcome").collect(outcome);
            } catch (AssertionError | RuntimeException e) {
                TryLog.failed("validate", text, e);
                throw e;
            } finally {
                TryLog.record("validate", outcome, start, cpu);
            }
        }
    }

    /**
     * Validates the text as a schema file; throws {@link AssertionError} if validate throws or a diagnostic points
     * outside the file. Returns whether there were errors.
     */
    static boolean check(String text) throws IOException {
        Path work = Files.createTempDirectory("schema2jpa-validate");
        Path file = work.resolve("schema.yaml");
        try {
            byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
            Files.write(file, bytes);
            String written = new String(bytes, StandardCharsets.UTF_8);
            ValidationResult result;
            try {
                result = new Schema2Jpa().validate(List.of(file));
            } catch (RuntimeException | Error e) {
                throw new AssertionError("validate threw " + e, e);
            }
            List<String> misplaced = Locations.misplaced(result.diagnostics(), file.toString(), written);
            if (!misplaced.isEmpty()) {
                throw new AssertionError("diagnostics outside the file:\n" + String.join("\n", misplaced));
            }
            return result.hasErrors();
        } finally {
            Files.deleteIfExists(file);
            Files.deleteIfExists(work);
        }
    }
}
