package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.Table;
import java.util.Optional;

/**
 * A relationship linked to the tables and columns that carry it: its target, the foreign key or association table
 * behind it, its partner (the relationship that names it in {@code back_populates}), which side owns it in JPA's
 * sense, and what its foreign key is to the declaring table's primary key. Built by {@link Linker}; the partner is
 * set once, before the {@link LinkedSchema} is handed out, and nothing changes afterwards.
 */
public final class LinkedRelationship {

    private final Relationship declaration;
    private final InferredLink link;
    private final RelationshipKind kind;
    private final Optional<ForeignKey> foreignKey;
    private final Optional<AssociationTable> associationTable;
    private final boolean owningSide;
    private final KeyRole keyRole;
    private Optional<LinkedRelationship> partner = Optional.empty();

    LinkedRelationship(Relationship declaration, InferredLink link, RelationshipKind kind,
            Optional<ForeignKey> foreignKey, Optional<AssociationTable> associationTable, boolean owningSide,
            KeyRole keyRole) {
        this.declaration = declaration;
        this.link = link;
        this.kind = kind;
        this.foreignKey = foreignKey;
        this.associationTable = associationTable;
        this.owningSide = owningSide;
        this.keyRole = keyRole;
    }

    void pair(LinkedRelationship other) {
        if (partner.isPresent()) {
            throw new IllegalStateException("relationship '" + name() + "' is already paired");
        }
        partner = Optional.of(other);
    }

    /** The relationship as the schema writes it: name, cascade, order_by, loading, names. */
    public Relationship declaration() {
        return declaration;
    }

    public String name() {
        return declaration.name();
    }

    /** The table whose {@code relationships} declare this relationship. */
    public Table declaringTable() {
        return link.declaringTable();
    }

    /** The table of the target entity. */
    public Table target() {
        return link.target();
    }

    /**
     * The cardinality as generated, seen from the declaring table: the foreign key side of a pair whose other side
     * is one-to-one ({@code uselist: false}) is one-to-one too.
     */
    public RelationshipKind kind() {
        return kind;
    }

    /**
     * The cardinality as SQLAlchemy infers it from the keys alone (and {@code kind} and {@code uselist}): the foreign
     * key side of a one-to-one pair is many-to-one here. Diagnostics speak of this kind.
     */
    public RelationshipKind inferredKind() {
        return link.kind();
    }

    /** The foreign key behind the relationship, in whichever table holds it; empty for many-to-many. */
    public Optional<ForeignKey> foreignKey() {
        return foreignKey;
    }

    /** The table holding the foreign key: the declaring table, the target's, or the association table. */
    public Table foreignKeyTable() {
        return link.foreignKeyTable();
    }

    /** The {@code secondary} table of a many-to-many relationship. */
    public Optional<AssociationTable> associationTable() {
        return associationTable;
    }

    /** Whether the declaring table holds the foreign key column (a many-to-one, or the key side of a one-to-one). */
    public boolean holdsForeignKey() {
        return link.holdsForeignKey();
    }

    /**
     * Whether this is the owning side in JPA's sense (no {@code mappedBy}): the side that holds the foreign key, the
     * side of a many-to-many pair that holds the {@code @JoinTable} (declared in the table written first), or a
     * relationship without a partner.
     */
    public boolean owningSide() {
        return owningSide;
    }

    /** Whether this side maps the association table with a {@code @JoinTable}. */
    public boolean ownsJoinTable() {
        return associationTable.isPresent() && owningSide;
    }

    /** What the foreign key this side maps is to the declaring table's primary key. */
    public KeyRole keyRole() {
        return keyRole;
    }

    /** The relationship of the target that names this one in {@code back_populates}, and that this one names. */
    public Optional<LinkedRelationship> partner() {
        return partner;
    }

    /** Whether both ends are the same table. */
    public boolean selfReferential() {
        return declaringTable().name().equals(target().name());
    }

    @Override
    public String toString() {
        return declaringTable().name() + "." + name() + " -> " + target().name() + " (" + kind.word() + ")";
    }
}
