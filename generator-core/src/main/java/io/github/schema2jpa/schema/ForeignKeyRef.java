package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * The column a foreign key references, as {@code table.column}.
 *
 * @param table the referenced table
 * @param column the referenced column
 * @param location where {@code table.column} is written
 * @param onDelete the database's action on delete of the referenced row
 * @param onUpdate the database's action on update of the referenced key
 */
public record ForeignKeyRef(
        String table,
        String column,
        SourceLocation location,
        Optional<Located<ReferentialAction>> onDelete,
        Optional<Located<ReferentialAction>> onUpdate) {

    @Override
    public String toString() {
        return table + "." + column;
    }
}
