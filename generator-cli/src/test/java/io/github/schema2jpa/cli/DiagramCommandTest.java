package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.DiagramFormat;
import io.github.schema2jpa.Schema2Jpa;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiagramCommandTest {

    @Test
    void printsAMermaidDiagramByDefault() {
        Cli.Run run = Cli.run("diagram", Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.out()).isEqualTo(expected(DiagramFormat.MERMAID)).contains("erDiagram");
    }

    @Test
    void theFormatIsCaseInsensitive() {
        Cli.Run lower = Cli.run("diagram", "--format", "dot", Cli.VALID);
        Cli.Run upper = Cli.run("diagram", "--format=DOT", Cli.VALID);

        assertThat(lower.exitCode()).isZero();
        assertThat(lower.out()).isEqualTo(expected(DiagramFormat.DOT)).contains("graph");
        assertThat(upper.out()).isEqualTo(lower.out());
    }

    @Test
    void aBrokenSchemaHasNoDiagram() {
        Cli.Run run = Cli.run("diagram", Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains(Cli.BROKEN + ":8:");
    }

    @Test
    void aSchemaWithoutJavaPackageHasADiagram() {
        Cli.Run run = Cli.run("diagram", "src/test/resources/schemas/no-package.yaml");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("Package[\"Package (packages)\"]");
    }

    private static String expected(DiagramFormat format) {
        String text = new Schema2Jpa().diagram(List.of(Path.of(Cli.VALID)), format).text();
        assertThat(text).isNotBlank();
        return text.endsWith("\n") ? text : text + "\n";
    }
}
