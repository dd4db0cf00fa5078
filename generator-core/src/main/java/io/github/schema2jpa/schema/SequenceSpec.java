package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * The {@code sequence} of a sequence-generated key, as SQLAlchemy's {@code Sequence(name, start, increment)}.
 *
 * @param location where the {@code sequence} key is written
 * @param name the sequence's name; the naming strategy's when empty
 * @param increment the sequence's increment, which is also the block of values Hibernate takes per call
 * @param start the sequence's first value
 */
public record SequenceSpec(
        SourceLocation location,
        Optional<Located<String>> name,
        Optional<Located<Integer>> increment,
        Optional<Located<Integer>> start) {
}
