package io.github.schema2jpa.resolve;

/**
 * The side of a one-to-one pair that holds the foreign key: its setter keeps the other side in step.
 *
 * @param basics names, target, loading and cascade
 * @param key the foreign key this side maps
 * @param orphanRemoval whether the target is deleted when it is replaced or cleared (single_parent with delete-orphan)
 * @param other the side of the pair without the key
 */
public record OneToOneOwningSide(RelationshipBasics basics, ToOneKey key, boolean orphanRemoval,
        Partner other) implements ToOneOwner, Paired {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneToOneOwning(this);
    }
}
