package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Table;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A table of a linked schema. Only the {@link Linker} builds one, with lists and sets that cannot change.
 *
 * @param table the table as written: its columns, keys and constraints
 * @param entityName the entity it maps to (its {@code entity}, or the naming strategy's name)
 * @param foreignKeys its foreign key columns, each resolved to the column it references
 * @param relationships the relationships it declares, linked, in the order written
 * @param keysMappedFromOtherTables names of its foreign key columns that a one-directional relationship of another
 *     table maps (a one-to-many without a partner): only that side exists, so they are no property of this table's
 *     entity
 * @param association whether a many-to-many relationship uses it as its {@code secondary} table: it is mapped by a
 *     {@code @JoinTable}, not as an entity
 */
public record LinkedTable(
        Table table,
        String entityName,
        List<ForeignKey> foreignKeys,
        List<LinkedRelationship> relationships,
        Set<String> keysMappedFromOtherTables,
        boolean association) {

    public String name() {
        return table.name();
    }

    /** Names of its foreign key columns that a relationship maps, its own or one of another table. */
    public Set<String> keysMappedByRelationships() {
        Set<String> mapped = new HashSet<>(keysMappedFromOtherTables);
        for (LinkedRelationship relationship : relationships) {
            if (relationship.holdsForeignKey()) {
                relationship.foreignKey().map(ForeignKey::column).map(Column::name).ifPresent(mapped::add);
            }
        }
        return mapped;
    }

    /** The foreign key column that is its whole primary key, shared with the entity a one-to-one maps. */
    public Optional<String> sharedPrimaryKey() {
        return relationships.stream()
                .filter(relationship -> relationship.keyRole() == KeyRole.SHARED_PRIMARY_KEY)
                .findFirst()
                .flatMap(LinkedRelationship::foreignKey)
                .map(foreignKey -> foreignKey.column().name());
    }
}
