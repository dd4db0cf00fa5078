package io.github.schema2jpa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GeneratorBuild;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.GeneratorOptions.TimestampWithTimeZoneType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputDigestTest {

    @TempDir
    Path dir;

    private Path shop;
    private Path pypi;
    private Path output;

    @BeforeEach
    void schemas() throws IOException {
        shop = Files.writeString(dir.resolve("shop.yaml"), "tables: {}\n");
        pypi = Files.writeString(dir.resolve("pypi.yaml"), "tables: {}\n");
        output = dir.resolve("out");
    }

    private GenerationRequest request() {
        return GenerationRequest.of(List.of(shop, pypi), output);
    }

    private String digest(GenerationRequest request) throws IOException {
        return InputDigest.of(request, "1.0").value();
    }

    @Test
    void sameInputsGiveTheSameDigest() throws IOException {
        assertThat(digest(request())).isEqualTo(digest(request())).hasSize(64);
    }

    @Test
    void changedSchemaBytesChangeTheDigest() throws IOException {
        String before = digest(request());
        Files.writeString(shop, "tables: { t: {} }\n");
        assertThat(digest(request())).isNotEqualTo(before);
    }

    @Test
    void theSameBytesAtAnotherPathChangeTheDigest() throws IOException {
        Path moved = Files.copy(shop, dir.resolve("moved.yaml"));
        assertThat(digest(GenerationRequest.of(List.of(moved, pypi), output))).isNotEqualTo(digest(request()));
    }

    @Test
    void theOrderOfTheSchemasCounts() throws IOException {
        assertThat(digest(GenerationRequest.of(List.of(pypi, shop), output))).isNotEqualTo(digest(request()));
    }

    @Test
    void everyParameterAndTheGeneratorVersionCount() throws IOException {
        String base = digest(request());
        GeneratorOptions defaults = GeneratorOptions.defaults();
        List<String> variants = List.of(
                digest(request().withPackageName("org.example.other")),
                digest(request().withPackageName("")),
                digest(GenerationRequest.of(List.of(shop, pypi), dir.resolve("elsewhere"))),
                digest(request().withOptions(defaults.withTimestampWithTimeZone(TimestampWithTimeZoneType.INSTANT))),
                digest(request().withOptions(defaults.withSequenceAllocationSize(1))),
                InputDigest.of(request(), "1.1").value());
        assertThat(variants).doesNotContain(base).doesNotHaveDuplicates();
    }

    @Test
    void aMissingSchemaStillHasADigest() throws IOException {
        Path missing = dir.resolve("missing.yaml");
        assertThat(digest(GenerationRequest.of(List.of(missing), output)))
                .isNotEqualTo(digest(GenerationRequest.of(List.of(shop), output)));
    }

    @Test
    void aRebuiltGeneratorOfTheSameVersionChangesTheDigest() throws IOException {
        String version = GeneratorBuild.current().version();
        assertThat(InputDigest.of(request(), new GeneratorBuild(version, "a".repeat(64)).id()).value())
                .isNotEqualTo(InputDigest.of(request(), new GeneratorBuild(version, "b".repeat(64)).id()).value());
    }

    @Test
    void theBuildRunsWithTheDigestOfTheGeneratorsOwnClasses() throws IOException {
        assertThat(GeneratorBuild.current().classesSha256()).hasSize(64);
        assertThat(InputDigest.of(request()).value())
                .isEqualTo(InputDigest.of(request(), GeneratorBuild.current().id()).value())
                .isNotEqualTo(digest(request()));
    }
}
