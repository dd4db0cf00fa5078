package io.github.schema2jpa.resolve;

import io.github.schema2jpa.link.KeyRole;
import java.util.List;
import java.util.Optional;

/**
 * The collection side of a one-to-many pair ({@code mappedBy}): a list whose changes go through the other side's
 * setter.
 *
 * @param basics names, target, loading and cascade
 * @param orderBy the order the collection loads in; empty for none
 * @param orphanRemoval whether what leaves the collection is deleted (delete-orphan)
 * @param passiveDeletes whether the database deletes the rows (ON DELETE CASCADE)
 * @param other the many-to-one side of the pair
 * @param otherKeyRole what the foreign key the other side maps is to its entity's primary key: a key part cannot
 *     leave the collection without being deleted
 * @param elementKey how the collection reads each element's foreign key without loading what it references, when
 *     the other side maps a key of its own (not one shared with its entity's identifier)
 */
public record OneToManySide(RelationshipBasics basics, List<Ordering> orderBy, boolean orphanRemoval,
        boolean passiveDeletes, Partner other, KeyRole otherKeyRole, Optional<ElementKey> elementKey)
        implements CollectionSide, Paired {

    /**
     * How the collection reads which entity an element belongs to, without loading it.
     *
     * @param keyGetter the getter of the element that reads its foreign key
     * @param referencedGetter the getter of this side's entity that reads what that key references
     */
    public record ElementKey(String keyGetter, String referencedGetter) {
    }

    @Override
    public <R> R accept(Visitor<R> visitor) {
        return visitor.oneToMany(this);
    }
}
