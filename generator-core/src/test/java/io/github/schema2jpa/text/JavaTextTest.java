package io.github.schema2jpa.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Schema text in a Java source is text there: it ends no comment, starts no tag, and hides nothing. */
class JavaTextTest {

    @Test
    void javadocCannotEndTheCommentStartATagOrHoldAUnicodeEscape() {
        assertThat(JavaText.javadoc("x */ static {} /*")).isEqualTo("x *&#47; static {} /*");
        assertThat(JavaText.javadoc("x **/")).isEqualTo("x **&#47;");
        assertThat(JavaText.javadoc("a \\u002a/ b \\\\u002A")).isEqualTo("a &#92;u002a/ b &#92;&#92;u002A");
        assertThat(JavaText.javadoc("@deprecated {@link Foo}")).isEqualTo("&#64;deprecated {&#64;link Foo}");
        assertThat(JavaText.javadoc("a < b && c > d")).isEqualTo("a &lt; b &amp;&amp; c &gt; d");
        assertThat(JavaText.javadoc("one\r\ntwo\rthree\n\tfour")).isEqualTo("one\ntwo\nthree\n\tfour");
        assertThat(JavaText.javadoc("\u0000\u001B\u007F\u0085\uFFFF\uD800"))
                .isEqualTo("&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;&#xFFFD;");
        assertThat(JavaText.javadoc("a\u202Eb\u00ADc\u200Bd\u2028e\uDB40\uDC01"))
                .isEqualTo("a&#x202E;b&#xAD;c&#x200B;d&#x2028;e&#xE0001;");
        assertThat(JavaText.javadoc("Größe, 表, नाम: $1")).isEqualTo("Größe, 表, नाम: $1");
    }
    @Test
    void aLineCommentStaysOnItsLineAndHoldsNoUnicodeEscape() {
        assertThat(JavaText.lineComment("a\rb\nc\u2028d\u202Ee")).isEqualTo("aU+000DbU+000AcU+2028dU+202Ee");
        assertThat(JavaText.lineComment("x\\u000a y\\\\u000a")).isEqualTo("x\\\\u000a y\\\\\\\\u000a");
    }
    @Test
    void aStringLiteralEscapesWhatJavaPoetCopiesRaw() {
        assertThat(JavaText.javaString("say \"hi\"\\n\n")).isEqualTo("\"say \\\"hi\\\"\\\\n\\n\"");
        assertThat(JavaText.javaString("a\u202Eb\u0000c\u200Bd\u2028e\uDB40\uDC01"))
                .isEqualTo("\"a\\u202Eb\\u0000c\\u200Bd\\u2028e\\uDB40\\uDC01\"");
        assertThat(JavaText.javaString("\\u0022")).isEqualTo("\"\\\\u0022\"");
        assertThat(JavaText.javaString("café 表")).isEqualTo("\"café 表\"");
    }
}
