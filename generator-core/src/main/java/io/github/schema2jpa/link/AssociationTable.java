package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Table;

/**
 * The {@code secondary} table of a many-to-many relationship, seen from the table that declares the relationship.
 *
 * @param table the association table
 * @param toDeclaringTable its (first) foreign key column to the declaring table
 * @param toTarget its (first) foreign key column to the target's table
 */
public record AssociationTable(Table table, Column toDeclaringTable, Column toTarget) {
}
