package io.github.schema2jpa.resolve;

/**
 * A one-to-one without the foreign key that only this side knows: a lazy list of at most one element that maps
 * the key in the target's table.
 *
 * @param basics names, target, loading and cascade
 * @param keyColumn the foreign key in the target's table
 * @param orphanRemoval whether the target is deleted when it is replaced or cleared (delete-orphan)
 */
public record OneDirectionalInverseOneToOne(RelationshipBasics basics, JoinColumn keyColumn,
        boolean orphanRemoval) implements RelationshipProperty {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneDirectionalInverseOneToOne(this);
    }
}
