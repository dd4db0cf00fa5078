package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.Table;
import java.util.Optional;

/**
 * A relationship linked to the tables and columns that carry it. Built by {@link Linker}; its partner, the
 * relationship of the target that names it in {@code back_populates}, is {@link LinkedSchema#partner}.
 *
 * @param declaration the relationship as the schema writes it: name, cascade, order_by, loading, Java names
 * @param declaringTable the table whose {@code relationships} declare it
 * @param target the table of the target entity
 * @param kind the cardinality as generated, seen from the declaring table: the foreign key side of a pair whose other
 *     side is one-to-one ({@code uselist: false}) is one-to-one too
 * @param inferredKind the cardinality as SQLAlchemy infers it from the keys (and {@code kind}, {@code uselist})
 *     alone: the foreign key side of a one-to-one pair is many-to-one here; diagnostics speak of this kind
 * @param foreignKey the foreign key behind it, in whichever table holds it; empty for many-to-many
 * @param associationTable the {@code secondary} table of a many-to-many relationship
 * @param holdsForeignKey whether the declaring table holds the foreign key column (a many-to-one, or the key side of
 *     a one-to-one)
 * @param owningSide whether this is the owning side in JPA's sense (no {@code mappedBy}): the side that holds the
 *     foreign key, the side of a many-to-many pair that holds the {@code @JoinTable} (declared in the table written
 *     first), or a relationship without a partner
 * @param keyRole what the foreign key it maps is to the declaring table's primary key
 */
public record LinkedRelationship(Relationship declaration, Table declaringTable, Table target,
        RelationshipKind kind, RelationshipKind inferredKind, Optional<ForeignKey> foreignKey,
        Optional<AssociationTable> associationTable, boolean holdsForeignKey, boolean owningSide, KeyRole keyRole) {

    public String name() {
        return declaration.name();
    }

    /** Whether this side maps the association table with a {@code @JoinTable}. */
    public boolean ownsJoinTable() {
        return associationTable.isPresent() && owningSide;
    }

    /** Whether both ends are the same table. */
    public boolean selfReferential() {
        return declaringTable.name().equals(target.name());
    }

    @Override
    public String toString() {
        return declaringTable.name() + "." + name() + " -> " + target.name() + " (" + kind.word() + ")";
    }
}
