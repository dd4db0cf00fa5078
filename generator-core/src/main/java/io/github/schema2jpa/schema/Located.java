package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.Objects;

/**
 * A value read from a schema, with the place it was written.
 *
 * @param value the value
 * @param location where the value (not its key) starts
 * @param <T> the value's type
 */
public record Located<T>(T value, SourceLocation location) {

    public Located {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(location, "location");
    }
}
