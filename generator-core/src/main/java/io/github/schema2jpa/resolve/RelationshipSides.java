package io.github.schema2jpa.resolve;

import io.github.schema2jpa.link.KeyRole;
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
            Optional<RelationshipProperty.JoinTable> joinTable, KeyRole keyRole,
            List<Ordering> orderBy, boolean orphanRemoval, boolean passiveDeletes,
            Optional<OtherSide> partner, Optional<RelationshipProperty.JoinTable> linkRows, boolean keyInTarget) {
    }

    /**
     * What resolving a relationship found of the other side of its pair.
     *
     * @param names Java names of the partner property
     * @param singular the partner's helper-name stem
     * @param collection whether the partner is a collection
     * @param keyRole what the foreign key the partner maps is to the partner's entity's primary key
     * @param keyGetter the getter of the partner's entity that reads the foreign key the partner maps without
     *     loading the entity it references, when the partner holds a foreign key of its own
     * @param referencedGetter the getter of this side's entity that reads what the partner's foreign key references
     *     (its identifier, or a unique column), when the partner holds a foreign key of its own
     * @param orphanRemoval whether the partner deletes what leaves it (delete-orphan)
     */
    record OtherSide(PropertyNames names, String singular, boolean collection, KeyRole keyRole,
            Optional<String> keyGetter, Optional<String> referencedGetter, boolean orphanRemoval) {

        RelationshipProperty.Partner partner() {
            return new RelationshipProperty.Partner(names, singular);
        }
    }

    static RelationshipProperty side(Facts facts) {
        RelationshipBasics basics = facts.basics();
        Optional<OtherSide> partner = facts.partner();
        if (facts.joinTable().isPresent()) {
            return partner.<RelationshipProperty>map(other -> new ManyToManyOwningSide(basics, facts.joinTable().get(),
                            facts.orderBy(), other.partner()))
                    .orElseGet(() -> new OneDirectionalManyToMany(basics, facts.joinTable().get(), facts.orderBy()));
        }
        if (facts.linkRows().isPresent()) {
            return new ManyToManyInverseSide(basics, facts.linkRows().get(), facts.orderBy(),
                    partner.orElseThrow().partner());
        }
        if (!facts.kind().isScalar()) {
            return partner.<RelationshipProperty>map(other -> new OneToManySide(basics, facts.orderBy(),
                            facts.orphanRemoval(), facts.passiveDeletes(), other.partner(), other.keyRole(),
                            other.keyGetter().flatMap(keyGetter -> other.referencedGetter()
                                    .map(referenced -> new OneToManySide.ElementKey(keyGetter, referenced)))))
                    .orElseGet(() -> new OneDirectionalOneToMany(basics, facts.joinColumn().orElseThrow(),
                            facts.orderBy(), facts.orphanRemoval(), facts.passiveDeletes()));
        }
        if (facts.keyInTarget()) {
            return partner.<RelationshipProperty>map(other -> new InverseOneToOne(basics,
                            facts.joinColumn().orElseThrow(), facts.orphanRemoval(), other.partner(),
                            other.keyRole() == KeyRole.SHARED_PRIMARY_KEY))
                    .orElseGet(() -> new OneDirectionalInverseOneToOne(basics, facts.joinColumn().orElseThrow(),
                            facts.orphanRemoval()));
        }
        ToOneKey key = new ToOneKey(facts.joinColumn().orElseThrow(), facts.keyRole());
        if (partner.isEmpty()) {
            return new OneDirectionalToOne(basics, facts.kind() == RelationshipKind.ONE_TO_ONE, key,
                    facts.orphanRemoval());
        }
        OtherSide other = partner.get();
        return other.collection()
                ? new ManyToOneSide(basics, key, facts.orphanRemoval(), other.partner(), other.orphanRemoval())
                : new OneToOneOwningSide(basics, key, facts.orphanRemoval(), other.partner());
    }
}
