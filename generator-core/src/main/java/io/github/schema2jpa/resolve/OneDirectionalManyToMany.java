package io.github.schema2jpa.resolve;

import java.util.List;

/**
 * A many-to-many that only this side knows: it holds the {@code @JoinTable}, and Hibernate writes the set.
 *
 * @param basics names, target, loading and cascade
 * @param joinTable the association table
 * @param orderBy the order the collection loads in; empty for none
 */
public record OneDirectionalManyToMany(RelationshipBasics basics, JoinTable joinTable,
        List<Ordering> orderBy) implements CollectionSide {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneDirectionalManyToMany(this);
    }
}
