package io.github.schema2jpa.resolve;

import java.util.List;

/**
 * The side of a many-to-many pair without the {@code @JoinTable} ({@code mappedBy}): its changes go through the
 * other side.
 *
 * @param basics names, target, loading and cascade
 * @param associationTable the association table seen from this side: mapped once more as a collection that nothing
 *     changes, so that Hibernate deletes this entity's link rows when it deletes the entity, with one statement and
 *     without loading anything
 * @param orderBy the order the collection loads in; empty for none
 * @param other the side of the pair with the join table
 */
public record ManyToManyInverseSide(RelationshipBasics basics, JoinTable associationTable, List<Ordering> orderBy,
        Partner other) implements CollectionSide, Paired {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.manyToManyInverse(this);
    }
}
