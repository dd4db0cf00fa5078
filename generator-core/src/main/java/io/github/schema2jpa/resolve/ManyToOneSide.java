package io.github.schema2jpa.resolve;

/**
 * The many-to-one side of a one-to-many pair: it holds the foreign key, and its setter keeps the other side's
 * collection in step.
 *
 * @param basics names, target, loading and cascade
 * @param key the foreign key this side maps
 * @param orphanRemoval whether the target is deleted when it is replaced or cleared (single_parent with delete-orphan)
 * @param other the collection side of the pair
 * @param collectionDeletesOrphans whether the collection side deletes what leaves it (delete-orphan): leaving it
 *     without another owner needs it loaded
 */
public record ManyToOneSide(RelationshipBasics basics, ToOneKey key, boolean orphanRemoval, Partner other,
        boolean collectionDeletesOrphans) implements ToOneOwner, Paired {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.manyToOne(this);
    }
}
