package io.github.schema2jpa.schema;

import java.util.Optional;

/**
 * How a relationship is carried by the database: its direction and the foreign key behind it, as SQLAlchemy infers
 * them.
 *
 * @param owner the table that declares the relationship
 * @param target the table of the target entity
 * @param kind the cardinality seen from {@code owner}
 * @param foreignKeyTable the table holding the foreign key column (owner or target; the secondary table for
 *     many-to-many)
 * @param foreignKey the foreign key column, for relationships that are not many-to-many
 * @param secondary the association table of a many-to-many relationship
 */
public record RelationshipLink(
        Table owner,
        Table target,
        RelationshipKind kind,
        Table foreignKeyTable,
        Optional<Column> foreignKey,
        Optional<Table> secondary) {

    /** Whether {@code owner} holds the foreign key (the owning side, in JPA's terms). */
    public boolean ownerHoldsForeignKey() {
        return secondary.isEmpty() && foreignKeyTable.name().equals(owner.name()) && kind != RelationshipKind.ONE_TO_MANY;
    }
}
