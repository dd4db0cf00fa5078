package io.github.schema2jpa.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which characters of schema text hide or reorder text, and how a diagnostic shows them. */
class SchemaTextTest {

    @Test
    void invisibleCharactersAreTheOnesThatHideOrReorderText() {
        assertThat(List.of(0x00, 0x1B, 0x7F, 0xAD, 0x34F, 0x61C, 0x200B, 0x200D, 0x202E, 0x2066, 0x2028, 0x3164, 0xFE0F,
                0xFEFF, 0xE0001, 0xA0, 0x3000, 0xE000, 0xFFFF)).allMatch(SchemaText::isInvisible);
        assertThat(List.of((int) 'a', (int) ' ', (int) '$', (int) '_', 0xE9, 0x8868, 0x928, 0x93E))
                .noneMatch(SchemaText::isInvisible);
        assertThat(SchemaText.shown("a\u00ADb")).isEqualTo("a\\u00ADb");
    }
}
