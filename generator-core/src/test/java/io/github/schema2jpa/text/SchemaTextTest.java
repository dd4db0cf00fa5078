package io.github.schema2jpa.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.naming.NamingStrategy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What each target receives for text that would otherwise be syntax of that target, or invisible in it. */
class SchemaTextTest {

    @Test
    void javadocCannotEndTheCommentStartATagOrHoldAUnicodeEscape() {
        assertThat(SchemaText.javadoc("x */ static {} /*")).isEqualTo("x *&#47; static {} /*");
        assertThat(SchemaText.javadoc("x **/")).isEqualTo("x **&#47;");
        assertThat(SchemaText.javadoc("a \\u002a/ b \\\\u002A")).isEqualTo("a &#92;u002a/ b &#92;&#92;u002A");
        assertThat(SchemaText.javadoc("@deprecated {@link Foo}")).isEqualTo("&#64;deprecated {&#64;link Foo}");
        assertThat(SchemaText.javadoc("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
        assertThat(SchemaText.javadoc("one\r\ntwo\rthree\n\tfour")).isEqualTo("one\ntwo\nthree\n\tfour");
        assertThat(SchemaText.javadoc("\u0000\u001B\u007F\u0085\uFFFF\uD800"))
                .isEqualTo("&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;");
        assertThat(SchemaText.javadoc("a\u202Eb\u00ADc\u200Bd\u2028e\uDB40\uDC01"))
                .isEqualTo("a&#x202E;b&#xAD;c&#x200B;d&#x2028;e&#xE0001;");
        assertThat(SchemaText.javadoc("Größe, 表, नाम: $1")).isEqualTo("Größe, 表, नाम: $1");
    }

    @Test
    void aLineCommentStaysOnItsLineAndHoldsNoUnicodeEscape() {
        assertThat(SchemaText.lineComment("a\rb\nc\u2028d\u202Ee")).isEqualTo("aU+000DbU+000AcU+2028dU+202Ee");
        assertThat(SchemaText.lineComment("x\\u000a y\\\\u000a")).isEqualTo("x\\\\u000a y\\\\\\\\u000a");
    }

    @Test
    void aStringLiteralEscapesWhatJavaPoetCopiesRaw() {
        assertThat(SchemaText.javaString("say \"hi\"\\n\n")).isEqualTo("\"say \\\"hi\\\"\\\\n\\n\"");
        assertThat(SchemaText.javaString("a\u202Eb\u0000c\u200Bd\u2028e\uDB40\uDC01"))
                .isEqualTo("\"a\\u202Eb\\u0000c\\u200Bd\\u2028e\\uDB40\\uDC01\"");
        assertThat(SchemaText.javaString("\\u0022")).isEqualTo("\"\\\\u0022\"");
        assertThat(SchemaText.javaString("café 表")).isEqualTo("\"café 表\"");
    }

    @Test
    void floatingDefaultsBecomeJavaExpressions() {
        assertThat(SchemaText.javaDouble("NaN")).isEqualTo("Double.NaN");
        assertThat(SchemaText.javaDouble(".inf")).isEqualTo("Double.POSITIVE_INFINITY");
        assertThat(SchemaText.javaDouble("-Infinity")).isEqualTo("Double.NEGATIVE_INFINITY");
        assertThat(SchemaText.javaDouble("1.5")).isEqualTo("1.5D");
        assertThat(SchemaText.javaDouble("0x1p3")).isEqualTo("8.0D");
        assertThat(SchemaText.javaFloat(".NaN")).isEqualTo("Float.NaN");
        assertThat(SchemaText.javaFloat("-.inf")).isEqualTo("Float.NEGATIVE_INFINITY");
        assertThat(SchemaText.javaFloat("1.5f")).isEqualTo("1.5F");
        assertThat(SchemaText.javaFloat("1e-50")).isEqualTo("0.0F");
    }

    @Test
    void sqlNamesAreLettersDigitsUnderscoreAndDollarWithinSixtyThreeBytes() {
        assertThat(List.of("packages", "_x", "a$b", "café", "größe", "таблица", "表", "नाम", "x".repeat(63)))
                .allMatch(SchemaText::isSqlName);
        assertThat(List.of("", "2fa", "$x", "a b", "a-b", "a\"b", "a;b", "a\u00ADb", "a\u200Bb", "a\u202Eb", "x".repeat(64),
                "é".repeat(32))).noneMatch(SchemaText::isSqlName);
        assertThat(SchemaText.sqlNameSuggestion("build ver")).contains("build_ver");
        assertThat(SchemaText.sqlNameSuggestion("2fa")).contains("_2fa");
        assertThat(SchemaText.sqlNameSuggestion("x".repeat(64))).isEmpty();
        assertThat(SchemaText.sqlIdentifier("user", true)).isEqualTo("\"user\"");
        assertThat(SchemaText.sqlIdentifier("users", false)).isEqualTo("users");
    }

    @Test
    void conventionNamesLongerThanPostgresKeepsAreShortenedAsSqlAlchemyShortensThem() {
        NamingStrategy naming = NamingStrategy.standard();
        // SQLAlchemy 1.4 on PostgreSQL names this index ix_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa_bbbbbbbbbbb_6943
        assertThat(naming.indexName("a".repeat(40), List.of("b".repeat(30))))
                .isEqualTo("ix_" + "a".repeat(40) + "_" + "b".repeat(11) + "_6943");
        assertThat(naming.indexName("releases", List.of("major_ver"))).isEqualTo("ix_releases_major_ver");
        String shortened = naming.foreignKeyName("é".repeat(30), "x", "y");
        assertThat(shortened).isEqualTo("fk_" + "é".repeat(26) + "_a8a2");
        assertThat(shortened.getBytes(StandardCharsets.UTF_8)).hasSizeLessThanOrEqualTo(63);
        assertThat(naming.sequenceName("t".repeat(60), "id")).hasSize(60).endsWith("_" + SchemaText
                .conventionName("t".repeat(60) + "_id_seq").substring(56));
    }

    @Test
    void mermaidIdentifiersAreAsciiAndDistinctAndLabelsHoldEntityCodes() {
        assertThat(SchemaText.mermaidId("Package")).isEqualTo("Package");
        assertThat(SchemaText.mermaidId("Café")).isEqualTo("Caf-e9-");
        assertThat(SchemaText.mermaidId("A$")).isNotEqualTo(SchemaText.mermaidId("A_24_"));
        assertThat(SchemaText.mermaidText("Package (packages)")).isEqualTo("Package (packages)");
        assertThat(SchemaText.mermaidText("a\"]<b>#x;\u202E")).isEqualTo("a#34;#93;#60;b#62;#35;x#59;#8238;");
    }

    @Test
    void dotStringsHoldNoQuoteBackslashOrRecordSyntaxOfTheirOwn() {
        assertThat(SchemaText.dotString("a\" URL=\"x\\l&amp;")).isEqualTo("a\\\" URL=\\\"x\\\\l&amp;amp;");
        assertThat(SchemaText.dotRecordText("{a|<p>b}")).isEqualTo("\\{a\\|\\<p\\>b\\}");
        assertThat(SchemaText.dotString("a\nb\u202E")).isEqualTo("a&#10;b&#8238;");
    }

    @Test
    void invisibleCharactersAreTheOnesThatHideOrReorderText() {
        assertThat(List.of(0x00, 0x1B, 0x7F, 0xAD, 0x34F, 0x61C, 0x200B, 0x200D, 0x202E, 0x2066, 0x2028, 0x3164, 0xFE0F,
                0xFEFF, 0xE0001, 0xA0, 0x3000, 0xE000, 0xFFFF)).allMatch(SchemaText::isInvisible);
        assertThat(List.of((int) 'a', (int) ' ', (int) '$', (int) '_', 0xE9, 0x8868, 0x928, 0x93E))
                .noneMatch(SchemaText::isInvisible);
        assertThat(SchemaText.shown("a\u00ADb")).isEqualTo("a\\u00ADb");
    }
}
