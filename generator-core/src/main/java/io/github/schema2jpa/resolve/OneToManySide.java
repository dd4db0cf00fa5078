package io.github.schema2jpa.resolve;

import java.util.List;

/**
 * The collection side of a one-to-many pair ({@code mappedBy}): a list whose changes go through the other side's
 * setter.
 *
 * @param basics names, target, loading and cascade
 * @param orderBy the order the collection loads in; empty for none
 * @param orphanRemoval whether what leaves the collection is deleted (delete-orphan)
 * @param passiveDeletes whether the database deletes the rows (ON DELETE CASCADE)
 * @param other the many-to-one side of the pair
 */
public record OneToManySide(RelationshipBasics basics, List<Ordering> orderBy, boolean orphanRemoval,
        boolean passiveDeletes, Partner other) implements CollectionSide, Paired {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneToMany(this);
    }
}
