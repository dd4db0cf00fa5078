package io.github.schema2jpa.resolve;

import io.github.schema2jpa.link.KeyRole;

/**
 * The foreign key that the side of a to-one relationship with the key maps.
 *
 * @param column the foreign key column
 * @param role what the column is to the entity's primary key
 */
public record ToOneKey(RelationshipProperty.JoinColumn column, KeyRole role) {
}
