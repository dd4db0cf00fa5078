package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source generated from every schema the tests use, each schema on its own, compiles against Jakarta
 * Persistence and Hibernate without a single warning under {@code -Xlint:all}.
 */
class GeneratedCodeCompilesTest {

    static List<Path> schemas() {
        return RepositorySchemas.generated();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void compilesWithoutWarnings(Path schema, @TempDir Path work) throws IOException {
        Path sources = work.resolve("src");
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), sources));
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.written()).isNotEmpty();
        assertThat(Javac.compile(sources, work.resolve("classes"))).isEmpty();
    }
}
