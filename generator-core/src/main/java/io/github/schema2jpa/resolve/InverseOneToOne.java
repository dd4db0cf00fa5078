package io.github.schema2jpa.resolve;

/**
 * The side of a one-to-one pair without the foreign key: a lazy list of at most one element, whose changes go
 * through the other side's setter.
 *
 * @param basics names, target, loading and cascade
 * @param keyColumn the foreign key in the target's table, mapped read-only
 * @param orphanRemoval whether the target is deleted when it is replaced or cleared (delete-orphan)
 * @param other the side of the pair with the key
 * @param sharesKey whether the other side's key is its entity's whole primary key, shared with this entity
 */
public record InverseOneToOne(RelationshipBasics basics, JoinColumn keyColumn, boolean orphanRemoval, Partner other,
        boolean sharesKey) implements Paired {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.inverseOneToOne(this);
    }
}
