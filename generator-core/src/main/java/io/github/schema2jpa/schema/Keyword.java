package io.github.schema2jpa.schema;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** An enum whose constants are spelt in schemas by a fixed word, such as {@code many_to_one} or {@code delete-orphan}. */
public interface Keyword {

    /** The word as written in a schema. */
    String word();

    /** The constant spelt {@code word}, if any. */
    static <E extends Enum<E> & Keyword> Optional<E> parse(Class<E> type, String word) {
        return Arrays.stream(type.getEnumConstants()).filter(constant -> constant.word().equals(word)).findFirst();
    }

    /** Every word of the enum, in declaration order. */
    static <E extends Enum<E> & Keyword> List<String> words(Class<E> type) {
        return Arrays.stream(type.getEnumConstants()).map(Keyword::word).toList();
    }
}
