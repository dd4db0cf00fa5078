package io.github.schema2jpa.schema;

import java.util.Locale;

/** How a primary key gets its value. */
public enum IdGeneration implements Keyword {
    /** The database assigns it on insert (an identity or auto-increment column). */
    IDENTITY,
    /** Taken from a database sequence before insert, so that inserts can be batched. */
    SEQUENCE,
    /** A random UUID made by the persistence provider. */
    UUID,
    /** Set by the application before the entity is persisted. */
    ASSIGNED;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
