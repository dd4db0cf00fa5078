package io.github.schema2jpa.resolve;

/**
 * A many-to-one, or a one-to-one with the foreign key, that only this side knows: its setter only sets the field.
 *
 * @param basics names, target, loading and cascade
 * @param oneToOne whether it is a one-to-one
 * @param key the foreign key this side maps
 * @param orphanRemoval whether the target is deleted when it is replaced or cleared (single_parent with delete-orphan)
 */
public record OneDirectionalToOne(RelationshipBasics basics, boolean oneToOne, ToOneKey key,
        boolean orphanRemoval) implements ToOneOwner {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneDirectionalToOne(this);
    }
}
