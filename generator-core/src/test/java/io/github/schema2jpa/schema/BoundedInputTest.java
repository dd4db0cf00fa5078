package io.github.schema2jpa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Diagnostics;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A schema file is bounded before it is read: its size, what it is (a pipe or a device is never opened), and what
 * its aliases would expand to. Each refusal is one located diagnostic. The timeouts only stop a test that would
 * hang or exhaust memory; they assert nothing about speed.
 */
@Timeout(value = 60, unit = TimeUnit.SECONDS)
class BoundedInputTest {

    @TempDir
    Path work;

    private static List<String> load(Path file) {
        SourceFiles sources = new SourceFiles();
        Diagnostics diagnostics = new Diagnostics(sources);
        new SchemaLoader(sources).load(file, diagnostics);
        return diagnostics.all().stream().map(Diagnostic::headline).toList();
    }

    @Test
    void aHugeFileIsRefusedOnItsSizeWithoutReadingIt() throws IOException {
        Path huge = work.resolve("huge.yaml");
        try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
            file.setLength(3L * 1024 * 1024 * 1024); // sparse: 3 GB that take no disk space
        }
        assertThat(load(huge)).containsExactly(huge + ":1:1: error: schema file is too large (3221225472 bytes; at most"
                + " 4194304): split it into several schema files");
    }

    @Test
    void aDeviceThatNeverEndsIsRefused() {
        Path zero = Path.of("/dev/zero");
        assertThat(zero).exists();
        assertThat(load(zero)).containsExactly(
                "/dev/zero:1:1: error: schema file is not a regular file (a pipe or a device?); save the schema to a file");
    }

    @Test
    void aPipeIsRefusedWithoutWaitingForAWriter() throws IOException, InterruptedException {
        Path fifo = work.resolve("schema.yaml");
        assertThat(new ProcessBuilder("mkfifo", fifo.toString()).start().waitFor()).isZero();
        assertThat(load(fifo)).containsExactly(fifo
                + ":1:1: error: schema file is not a regular file (a pipe or a device?); save the schema to a file");
    }

    @Test
    void aFolderIsRefused() {
        assertThat(load(work)).containsExactly(work + ":1:1: error: schema file is a folder; name the YAML files in it");
    }

    @Test
    void aliasesCannotMultiplyTheSchemaBeyondTheSizeLimit() throws IOException {
        // 15 aliases, within the budget of 16, to a 300,000-character doc: 4.8 million characters once expanded
        StringBuilder text = new StringBuilder("""
                schema2jpa: 1
                package: org.example.big
                tables:
                  things:
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        text.append("      c0: { type: string, doc: &d ").append("x".repeat(300_000)).append(" }\n");
        for (int i = 1; i <= 15; i++) {
            text.append("      c").append(i).append(": { type: string, doc: *d }\n");
        }
        Path file = Files.writeString(work.resolve("amplified.yaml"), text);
        assertThat(load(file)).containsExactly(file + ":20:33: error: alias '*d' makes the schema too large once"
                + " aliases are expanded (more than 4194304 nodes and characters): write the value where it is needed"
                + " instead of repeating it through aliases");
    }

    @Test
    void deepNestingIsPlacedAtTheListThatCrossesTheLimit() throws IOException {
        Path file = Files.writeString(work.resolve("deep.yaml"),
                "schema2jpa: 1\ntables:\n  t:\n    columns: " + "[".repeat(100_000) + "\n");
        assertThat(load(file)).containsExactly(file + ":4:43: error: lists and mappings are nested more than 32 deep"
                + " here; a schema needs about six levels");
    }
}
