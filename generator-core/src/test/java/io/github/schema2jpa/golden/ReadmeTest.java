package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.DiagramFormat;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README shows exactly what the generator makes of {@code schemas/pypi.yaml}. */
class ReadmeTest {

    private static final Path README = RepositorySchemas.repository().resolve("README.md");
    private static final Path PYPI = RepositorySchemas.repository().resolve("schemas/pypi.yaml");

    @Test
    void startsWithTheTestCommandAndTheMainJobCommand() throws IOException {
        List<String> lines = Files.readAllLines(README);
        int fence = lines.indexOf("```sh");
        assertThat(fence).isBetween(0, 8);
        assertThat(lines.get(fence + 1)).startsWith("mvn -B verify ");
        assertThat(lines.get(fence + 2)).startsWith("./schema2jpa generate schemas/pypi.yaml -o generated ");
    }

    @Test
    void showsTheGeneratedPairAsGenerated() throws IOException {
        String readme = Files.readString(README);
        Path golden = RepositorySchemas.golden().resolve("org/example/pypi");
        assertThat(readme).contains("```java\n" + Files.readString(golden.resolve("Release.java")) + "```");
        assertThat(readme).contains("```java\n" + Files.readString(golden.resolve("Package.java")) + "```");
    }

    @Test
    void showsTheDiagramAsDrawn() throws IOException {
        String diagram = new Schema2Jpa().diagram(List.of(PYPI), DiagramFormat.MERMAID).text();
        assertThat(Files.readString(README)).contains("```mermaid\n" + diagram + "```");
    }
}
