package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.Table;
import java.util.Optional;

/**
 * How a relationship is carried by the database, as SQLAlchemy infers it from the keys alone: its direction and the
 * foreign key behind it.
 *
 * @param declaringTable the table whose {@code relationships} declare the relationship
 * @param target the table of the target entity
 * @param kind the cardinality seen from {@code declaringTable}
 * @param foreignKeyTable the table holding the foreign key column (the declaring table or the target; the
 *     secondary table for many-to-many)
 * @param foreignKey the foreign key column, for relationships that are not many-to-many
 * @param secondary the association table of a many-to-many relationship
 */
record InferredLink(
        Table declaringTable,
        Table target,
        RelationshipKind kind,
        Table foreignKeyTable,
        Optional<Column> foreignKey,
        Optional<Table> secondary) {

    /** Whether {@code declaringTable} holds the foreign key column. */
    boolean holdsForeignKey() {
        return secondary.isEmpty() && foreignKeyTable.name().equals(declaringTable.name())
                && kind != RelationshipKind.ONE_TO_MANY;
    }
}
