package io.github.schema2jpa.emit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Generated Javadoc speaks of "an award" and "a user", as a person would write it. */
class ArticleTest {

    @ParameterizedTest
    @CsvSource({
        "release, a release",
        "award, an award",
        "order, an order",
        "item, an item",
        "entry, an entry",
        "user, a user",
        "unit, a unit",
        "update, an update",
        "umbrella, an umbrella",
        "euro, a euro",
        "oneTimeCode, a oneTimeCode"
    })
    void theArticleFollowsTheSound(String word, String expected) {
        assertThat(RelationshipAccessorEmitter.withArticle(word)).isEqualTo(expected);
    }
}
