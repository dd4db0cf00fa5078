package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.SqlTypeFamily;
import io.github.schema2jpa.schema.Table;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Tables: columns and a primary key exist; constraint and index columns exist; names are not mapped twice. */
final class TableRules implements SchemaValidator.Rule {

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        Map<String, Table> byEntity = new HashMap<>();
        Set<String> tableNames = new HashSet<>();
        for (Table table : index.schema().tables()) {
            if (!tableNames.add(table.name())) {
                diagnostics.error(table.location(), "table '" + table.name() + "' is defined twice");
            }
            String entity = index.entityName(table);
            Table previous = byEntity.putIfAbsent(entity, table);
            if (previous != null) {
                diagnostics.error(table.entity().map(Located::location).orElse(table.location()),
                        "tables '" + previous.name() + "' and '" + table.name() + "' both map to entity '" + entity
                                + "': give one of them another 'entity' name");
            }
            checkColumnsAndKey(table, diagnostics);
            table.primaryKey().ifPresent(key -> checkColumnsExist(table, key.value(), "primary_key", diagnostics));
            table.uniqueConstraints().forEach(unique -> checkColumnsExist(table, unique.value(), "unique", diagnostics));
            table.indexes().forEach(named -> checkColumnsExist(table, named.columns(), "index", diagnostics));
            warnIndexedText(table, diagnostics);
        }
    }

    /**
     * A text column is a CLOB on H2, which cannot index it or make it unique or a key: Hibernate's {@code create}
     * then leaves the table out. PostgreSQL and most others take it, so this is a warning, once per column.
     */
    private static void warnIndexedText(Table table, Diagnostics diagnostics) {
        Set<String> keyed = new HashSet<>();
        table.primaryKey().ifPresent(key -> key.value().forEach(column -> keyed.add(column.value())));
        table.uniqueConstraints().forEach(unique -> unique.value().forEach(column -> keyed.add(column.value())));
        table.indexes().forEach(named -> named.columns().forEach(column -> keyed.add(column.value())));
        for (Column column : table.columns()) {
            Optional<ColumnType> clob = column.type().map(Located::value)
                    .filter(type -> type.facts().sqlTypeFamily() == SqlTypeFamily.CHARACTER_LARGE_OBJECT);
            if (clob.isPresent()
                    && (column.primaryKey() || column.unique() || column.index() || keyed.contains(column.name()))) {
                diagnostics.warning(column.location(), "column '" + column.name() + "' is " + clob.get().word()
                        + ", which H2 stores as a"
                        + " CLOB and cannot index, make unique or use as a key (PostgreSQL can): if the schema must run"
                        + " on H2, make it 'type: string' with a 'length'");
            }
        }
    }

    private static void checkColumnsAndKey(Table table, Diagnostics diagnostics) {
        if (table.columns().isEmpty()) {
            diagnostics.error(table.location(), "table '" + table.name() + "' has no columns");
            return;
        }
        boolean markedOnColumns = table.columns().stream().anyMatch(Column::primaryKey);
        if (table.primaryKey().isPresent() && markedOnColumns) {
            diagnostics.error(table.primaryKey().get().location(), "table '" + table.name()
                    + "' gives its primary key twice: list it in primary_key or mark columns primary_key: true, not both");
        } else if (table.primaryKey().isEmpty() && !markedOnColumns) {
            diagnostics.error(table.location(), "table '" + table.name()
                    + "' has no primary key: mark a column 'primary_key: true' or list the columns in 'primary_key'");
        } else if (table.primaryKey().isPresent() && table.primaryKey().get().value().isEmpty()) {
            diagnostics.error(table.primaryKey().get().location(), "primary_key of table '" + table.name()
                    + "' lists no columns");
        }
    }

    static void checkColumnsExist(Table table, List<Located<String>> columns, String what, Diagnostics diagnostics) {
        for (Located<String> column : columns) {
            if (table.column(column.value()).isEmpty()) {
                diagnostics.error(column.location(), what + " names unknown column '" + column.value() + "' of table '"
                        + table.name() + "'" + Suggestions.didYouMean(column.value(), table.columnNames()));
            }
        }
    }
}
