package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ForeignKeyRef;
import io.github.schema2jpa.schema.Table;
import java.util.List;

/**
 * A foreign key column resolved to the column it references.
 *
 * @param table the table holding the foreign key column
 * @param column the foreign key column
 * @param referencedTable the table it references
 * @param referencedColumn the column it references: the primary key, or a unique column
 */
public record ForeignKey(Table table, Column column, Table referencedTable, Column referencedColumn) {

    /** The foreign key as written, with its {@code ondelete} and {@code onupdate}. */
    public ForeignKeyRef reference() {
        return column.foreignKey().orElseThrow();
    }

    /** Whether the referenced column is the referenced table's whole primary key. */
    public boolean referencesPrimaryKey() {
        return referencedTable.primaryKeyColumns().equals(List.of(referencedColumn.name()));
    }
}
