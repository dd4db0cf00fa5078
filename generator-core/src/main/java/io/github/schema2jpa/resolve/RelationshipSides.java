package io.github.schema2jpa.resolve;

import io.github.schema2jpa.schema.RelationshipKind;
import java.util.List;
import java.util.Optional;

/** Gives each resolved relationship its shape: the one record of {@link RelationshipProperty} that fits it. */
final class RelationshipSides {

    private RelationshipSides() {
    }

    /**
     * What resolving a relationship found, before it has a shape.
     *
     * @param basics what every shape has
     * @param kind the cardinality seen from this side, as generated
     * @param joinColumn the foreign key this side maps: in its own table when it holds the key, else in the target's
     * @param joinTable the association table, when this side owns a many-to-many relationship
     * @param keyRole whether the foreign key this side holds is (part of) its entity's primary key
     * @param orderBy the order of a collection
     * @param orphanRemoval whether delete-orphan is in force
     * @param passiveDeletes whether the database deletes the rows (ON DELETE CASCADE)
     * @param partner the other side, when the relationship is a back_populates pair
     * @param linkRows for the side of a many-to-many pair without the {@code @JoinTable}, the association table seen
     *     from this side
     * @param keyInTarget whether the foreign key is in the target's table
     */
    record Facts(RelationshipBasics basics, RelationshipKind kind, Optional<RelationshipProperty.JoinColumn> joinColumn,
            Optional<RelationshipProperty.JoinTable> joinTable, RelationshipProperty.KeyRole keyRole,
            List<Ordering> orderBy, boolean orphanRemoval, boolean passiveDeletes,
            Optional<RelationshipProperty.Partner> partner, Optional<RelationshipProperty.JoinTable> linkRows,
            boolean keyInTarget) {
    }

    static RelationshipProperty side(Facts facts) {
        RelationshipBasics basics = facts.basics();
        Optional<RelationshipProperty.Partner> partner = facts.partner();
        if (facts.joinTable().isPresent()) {
            return partner.<RelationshipProperty>map(other -> new ManyToManyOwningSide(basics, facts.joinTable().get(),
                            facts.orderBy(), other))
                    .orElseGet(() -> new OneDirectionalManyToMany(basics, facts.joinTable().get(), facts.orderBy()));
        }
        if (facts.linkRows().isPresent()) {
            return new ManyToManyInverseSide(basics, facts.linkRows().get(), facts.orderBy(), partner.orElseThrow());
        }
        if (!facts.kind().isScalar()) {
            return partner.<RelationshipProperty>map(other -> new OneToManySide(basics, facts.orderBy(),
                            facts.orphanRemoval(), facts.passiveDeletes(), other))
                    .orElseGet(() -> new OneDirectionalOneToMany(basics, facts.joinColumn().orElseThrow(),
                            facts.orderBy(), facts.orphanRemoval(), facts.passiveDeletes()));
        }
        if (facts.keyInTarget()) {
            return partner.<RelationshipProperty>map(other -> new InverseOneToOne(basics,
                            facts.joinColumn().orElseThrow(), facts.orphanRemoval(), other))
                    .orElseGet(() -> new OneDirectionalInverseOneToOne(basics, facts.joinColumn().orElseThrow(),
                            facts.orphanRemoval()));
        }
        ToOneKey key = new ToOneKey(facts.joinColumn().orElseThrow(), facts.keyRole());
        if (partner.isEmpty()) {
            return new OneDirectionalToOne(basics, facts.kind() == RelationshipKind.ONE_TO_ONE, key,
                    facts.orphanRemoval());
        }
        return partner.get().collection()
                ? new ManyToOneSide(basics, key, facts.orphanRemoval(), partner.get())
                : new OneToOneOwningSide(basics, key, facts.orphanRemoval(), partner.get());
    }
}
