package io.github.schema2jpa.resolve;

/** A side of a back_populates pair: its code calls the other side's. */
public sealed interface Paired extends RelationshipProperty permits ManyToOneSide, OneToOneOwningSide, OneToManySide,
        InverseOneToOne, ManyToManyOwningSide, ManyToManyInverseSide {

    /** The other side of the pair, as this side's code calls it. */
    Partner other();
}
