package io.github.schema2jpa.resolve;

import java.util.List;

/** A side that holds a list or a set of its target: a one-to-many or a many-to-many. */
public sealed interface CollectionSide extends RelationshipProperty permits OneToManySide, OneDirectionalOneToMany,
        ManyToManyOwningSide, ManyToManyInverseSide, OneDirectionalManyToMany {

    /** The order the collection loads in; empty for none. */
    List<Ordering> orderBy();
}
