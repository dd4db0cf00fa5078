package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.ForeignKeyRef;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.Optional;

/** Foreign keys reference an existing primary key or unique column of the same type. */
final class ForeignKeyRules implements SchemaValidator.Rule {

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        for (Table table : index.schema().tables()) {
            for (Column column : table.columns()) {
                column.foreignKey().ifPresent(fk -> check(index, column, fk, diagnostics));
            }
        }
    }

    private static void check(SchemaIndex index, Column column, ForeignKeyRef fk, Diagnostics diagnostics) {
        Optional<Table> referencedTable = index.table(fk.table());
        if (referencedTable.isEmpty()) {
            diagnostics.error(fk.location(), "foreign key references unknown table '" + fk.table() + "'"
                    + Suggestions.didYouMean(fk.table(), index.tableNames()));
            return;
        }
        Table target = referencedTable.get();
        Optional<Column> referenced = target.column(fk.column());
        if (referenced.isEmpty()) {
            diagnostics.error(fk.location(), "foreign key references unknown column '" + fk.column() + "' of table '"
                    + target.name() + "'" + Suggestions.didYouMean(fk.column(), target.columnNames()));
            return;
        }
        Column key = referenced.get();
        boolean soleKey = target.primaryKeyColumns().equals(java.util.List.of(key.name()));
        boolean uniqueAlone = key.unique() || target.uniqueConstraints().stream()
                .anyMatch(unique -> unique.value().size() == 1 && unique.value().get(0).value().equals(key.name()));
        if (!soleKey && !uniqueAlone) {
            diagnostics.error(fk.location(), "foreign key references " + fk + ", which is neither the primary key nor unique:"
                    + " give " + fk + " unique: true, or reference the primary key of table '" + target.name() + "'");
        }
        Optional<ColumnType> own = column.type().map(Located::value);
        Optional<ColumnType> theirs = key.type().map(Located::value);
        if (own.isPresent() && theirs.isPresent() && !own.get().canReference(theirs.get())) {
            diagnostics.error(column.type().get().location(), "foreign key column '" + column.name() + "' is "
                    + own.get().word() + " but " + fk + " is " + theirs.get().word());
        }
    }
}
