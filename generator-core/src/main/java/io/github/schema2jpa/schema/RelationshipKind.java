package io.github.schema2jpa.schema;

import java.util.Locale;

/** The cardinality of a relationship, seen from the side that declares it. */
public enum RelationshipKind implements Keyword {
    MANY_TO_ONE,
    ONE_TO_MANY,
    ONE_TO_ONE,
    MANY_TO_MANY;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether this side holds a single object rather than a collection. */
    public boolean isScalar() {
        return this == MANY_TO_ONE || this == ONE_TO_ONE;
    }

    /** The kind the other side of a pair must have. */
    public RelationshipKind mirror() {
        return switch (this) {
            case MANY_TO_ONE -> ONE_TO_MANY;
            case ONE_TO_MANY -> MANY_TO_ONE;
            case ONE_TO_ONE -> ONE_TO_ONE;
            case MANY_TO_MANY -> MANY_TO_MANY;
        };
    }
}
