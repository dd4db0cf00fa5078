package io.github.schema2jpa.link;

/** What the foreign key a relationship maps is to the primary key of the table that declares the relationship. */
public enum KeyRole {
    /** An ordinary column, or no foreign key in the declaring table. */
    PLAIN,
    /** The whole primary key, shared with the referenced entity (JPA's {@code @MapsId}). */
    SHARED_PRIMARY_KEY,
    /** One part of a composite primary key. */
    COMPOSITE_KEY_PART
}
