package io.github.schema2jpa.resolve;

import java.util.List;

/**
 * The side of a many-to-many pair with the {@code @JoinTable}: it links and unlinks, and puts each change into the
 * other side's set when that is loaded.
 *
 * @param basics names, target, loading and cascade
 * @param joinTable the association table
 * @param orderBy the order the collection loads in; empty for none
 * @param other the side of the pair without the join table
 */
public record ManyToManyOwningSide(RelationshipBasics basics, JoinTable joinTable, List<Ordering> orderBy,
        Partner other) implements CollectionSide, Paired {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.manyToManyOwning(this);
    }
}
