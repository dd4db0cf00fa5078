package io.github.schema2jpa.resolve;

/** A side that holds the foreign key of a to-one relationship: a many-to-one, or a one-to-one with the key. */
public sealed interface ToOneOwner extends RelationshipProperty
        permits ManyToOneSide, OneToOneOwningSide, OneDirectionalToOne {

    /** The foreign key this side maps. */
    ToOneKey key();

    /** Whether the target is deleted when it is replaced or cleared ({@code single_parent} with delete-orphan). */
    boolean orphanRemoval();
}
