package io.github.schema2jpa.text;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.naming.NamingStrategy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Plain SQL names, the names conventions make, and quoted identifiers. */
class SqlTextTest {

    @Test
    void sqlNamesAreLettersDigitsUnderscoreAndDollarWithinSixtyThreeBytes() {
        assertThat(List.of("packages", "_x", "a$b", "café", "größe", "таблица", "表", "नाम", "x".repeat(63)))
                .allMatch(SqlText::isSqlName);
        assertThat(List.of("", "2fa", "$x", "a b", "a-b", "a\"b", "a;b", "a\u00ADb", "a\u200Bb", "a\u202Eb", "x".repeat(64),
                "é".repeat(32))).noneMatch(SqlText::isSqlName);
        assertThat(SqlText.sqlNameSuggestion("build ver")).contains("build_ver");
        assertThat(SqlText.sqlNameSuggestion("2fa")).contains("_2fa");
        assertThat(SqlText.sqlNameSuggestion("x".repeat(64))).isEmpty();
        assertThat(SqlText.sqlIdentifier("user", true)).isEqualTo("\"user\"");
        assertThat(SqlText.sqlIdentifier("users", false)).isEqualTo("users");
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
        assertThat(naming.sequenceName("t".repeat(60), "id")).hasSize(60).endsWith("_" + SqlText
                .conventionName("t".repeat(60) + "_id_seq").substring(56));
    }
}
