package io.github.schema2jpa.resolve;

import java.util.List;

/**
 * A one-to-many that only this side knows: the list maps the foreign key in the target's table itself.
 *
 * @param basics names, target, loading and cascade
 * @param keyColumn the foreign key in the target's table
 * @param orderBy the order the collection loads in; empty for none
 * @param orphanRemoval whether what leaves the collection is deleted (delete-orphan)
 * @param passiveDeletes whether the database deletes the rows (ON DELETE CASCADE)
 */
public record OneDirectionalOneToMany(RelationshipBasics basics, JoinColumn keyColumn, List<Ordering> orderBy,
        boolean orphanRemoval, boolean passiveDeletes) implements CollectionSide {

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneDirectionalOneToMany(this);
    }
}
