package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A table and what maps it to an entity.
 *
 * @param name the table name, exactly as in the database
 * @param location where the table's name is written
 * @param entity the entity name, if given (otherwise derived by the naming strategy)
 * @param doc Javadoc for the entity
 * @param columns the columns, in the order written
 * @param relationships the relationships, in the order written
 * @param primaryKey a composite primary key (the {@code primary_key} list), if given
 * @param uniqueConstraints composite unique constraints, each a list of column names
 * @param indexes named indexes
 * @param customizable whether the mapping goes into a superclass the user extends by hand
 */
public record Table(
        String name,
        SourceLocation location,
        Optional<Located<String>> entity,
        Optional<String> doc,
        List<Column> columns,
        List<Relationship> relationships,
        Optional<Located<List<Located<String>>>> primaryKey,
        List<Located<List<Located<String>>>> uniqueConstraints,
        List<NamedIndex> indexes,
        boolean customizable) {

    public Table {
        columns = List.copyOf(columns);
        relationships = List.copyOf(relationships);
        uniqueConstraints = List.copyOf(uniqueConstraints);
        indexes = List.copyOf(indexes);
    }

    public Optional<Column> column(String columnName) {
        return columns.stream().filter(column -> column.name().equals(columnName)).findFirst();
    }

    public Optional<Relationship> relationship(String relationshipName) {
        return relationships.stream().filter(r -> r.name().equals(relationshipName)).findFirst();
    }

    public List<String> columnNames() {
        return columns.stream().map(Column::name).toList();
    }

    /** The primary key columns, whether marked on the columns or listed on the table. */
    public List<String> primaryKeyColumns() {
        if (primaryKey.isPresent()) {
            return primaryKey.get().value().stream().map(Located::value).toList();
        }
        return columns.stream().filter(Column::primaryKey).map(Column::name).toList();
    }

    /**
     * A named index.
     *
     * @param name the index name
     * @param location where the name is written
     * @param columns the indexed columns, in order
     */
    public record NamedIndex(String name, SourceLocation location, List<Located<String>> columns) {

        public NamedIndex {
            columns = List.copyOf(columns);
        }
    }
}
