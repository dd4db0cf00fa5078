package io.github.schema2jpa.output;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An output folder written by a version whose manifest listed bare paths is updated in place: its files are
 * recognised as the generator's, the manifest gains the hashes, and a file it lists that no longer starts with the
 * header of those versions is kept.
 */
class EarlierManifestTest {

    private static final Path PYPI = Path.of("../schemas/pypi.yaml");

    @TempDir
    Path work;

    private final Schema2Jpa generator = new Schema2Jpa();

    private Path out(String file) {
        return work.resolve("out").resolve(file);
    }

    /** Generates, then rewrites the manifest as the earlier versions wrote it (bare paths), listing {@code also} too. */
    private GenerationRequest earlierOutput(String... also) throws IOException {
        GenerationRequest request = GenerationRequest.of(List.of(PYPI), work.resolve("out"));
        generator.generate(request);
        Path manifest = out(Manifest.FILE_NAME);
        List<String> lines = new ArrayList<>(Files.readAllLines(manifest).stream()
                .map(line -> line.replaceFirst("^[0-9a-f]{64}  ", ""))
                .toList());
        lines.addAll(List.of(also));
        Files.write(manifest, lines);
        return request;
    }

    @Test
    void itsFilesAreTheGeneratorsAndItsManifestGainsTheHashes() throws IOException {
        GenerationRequest request = earlierOutput();

        assertThat(generator.check(request).manifestUpToDate()).isFalse();
        GenerationResult result = generator.generate(request);

        assertThat(result.unchanged()).hasSize(3);
        assertThat(result.written()).isEmpty();
        assertThat(Files.readAllLines(out(Manifest.FILE_NAME))).hasSize(4).last().asString()
                .matches("[0-9a-f]{64}  org/example/pypi/Release\\.java");
        assertThat(generator.check(request).upToDate()).isTrue();
    }

    @Test
    void aFileItListsIsRemovedWhileItStartsWithTheHeaderOfThoseVersions() throws IOException {
        GenerationRequest request = earlierOutput("org/example/pypi/Old.java", "org/example/pypi/Mine.java");
        Files.writeString(out("org/example/pypi/Old.java"), Manifest.LEGACY_HEADER + "pypi.yaml.\nclass Old {}\n");
        Files.writeString(out("org/example/pypi/Mine.java"), "class Mine {}\n");

        GenerationResult result = generator.generate(request);

        assertThat(result.removed()).containsExactly(Path.of("org/example/pypi/Old.java"));
        assertThat(out("org/example/pypi/Mine.java")).hasContent("class Mine {}");
        assertThat(result.diagnostics()).singleElement().asString().contains("Mine.java is no longer generated but is"
                + " kept: it does not start with the line schema2jpa writes first");
    }
}
