package io.github.schema2jpa.resolve;

/** A side that holds the foreign key of a to-one relationship: a many-to-one, or a one-to-one with the key. */
public sealed interface ToOneOwner extends RelationshipProperty
        permits ManyToOneSide, OneToOneOwningSide, OneDirectionalToOne {

    /** The foreign key this side maps. */
    ToOneKey key();

    /** Whether the target is deleted when it is replaced or cleared ({@code single_parent} with delete-orphan). */
    boolean orphanRemoval();

    /**
     * Whether JPA maps this side as {@code @OneToOne}: a one-to-one, or a many-to-one with orphan removal, which JPA
     * has on {@code @OneToOne} only (with {@code single_parent} the target has one parent anyway).
     */
    boolean mappedAsOneToOne();
}
