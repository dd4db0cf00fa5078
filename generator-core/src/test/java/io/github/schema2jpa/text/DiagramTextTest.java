package io.github.schema2jpa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Schema text in a diagram closes no label and adds no field of its own. */
class DiagramTextTest {

    @Test
    void mermaidIdentifiersAreAsciiAndDistinctAndLabelsHoldEntityCodes() {
        assertThat(DiagramText.mermaidId("Package")).isEqualTo("Package");
        assertThat(DiagramText.mermaidId("Café")).isEqualTo("Caf-e9-");
        assertThat(DiagramText.mermaidId("A$")).isNotEqualTo(DiagramText.mermaidId("A_24_"));
        assertThat(DiagramText.mermaidText("Package (packages)")).isEqualTo("Package (packages)");
        assertThat(DiagramText.mermaidText("a\"]<b>#x;\u202E")).isEqualTo("a#34;#93;#60;b#62;#35;x#59;#8238;");
    }
    @Test
    void dotStringsHoldNoQuoteBackslashOrRecordSyntaxOfTheirOwn() {
        assertThat(DiagramText.dotString("a\" URL=\"x\\l&amp;")).isEqualTo("a\\\" URL=\\\"x\\\\l&amp;amp;");
        assertThat(DiagramText.dotRecordText("{a|<p>b}")).isEqualTo("\\{a\\|\\<p\\>b\\}");
        assertThat(DiagramText.dotString("a\nb\u202E")).isEqualTo("a&#10;b&#8238;");
    }
}
