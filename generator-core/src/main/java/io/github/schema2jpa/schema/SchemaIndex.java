package io.github.schema2jpa.schema;

import io.github.schema2jpa.naming.NamingStrategy;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Look-ups over one schema file: tables by name and by entity name, and the foreign keys between two tables. */
public final class SchemaIndex {

    private final SchemaFile schema;
    private final NamingStrategy naming;
    private final Map<String, Table> tablesByName = new LinkedHashMap<>();
    private final Map<String, Table> tablesByEntity = new LinkedHashMap<>();

    public SchemaIndex(SchemaFile schema, NamingStrategy naming) {
        this.schema = schema;
        this.naming = naming;
        for (Table table : schema.tables()) {
            tablesByName.putIfAbsent(table.name(), table);
            tablesByEntity.putIfAbsent(entityName(table), table);
        }
    }

    public SchemaFile schema() {
        return schema;
    }

    public NamingStrategy naming() {
        return naming;
    }

    public Optional<Table> table(String name) {
        return Optional.ofNullable(tablesByName.get(name));
    }

    public Optional<Table> tableOfEntity(String entityName) {
        return Optional.ofNullable(tablesByEntity.get(entityName));
    }

    public List<String> tableNames() {
        return List.copyOf(tablesByName.keySet());
    }

    public List<String> entityNames() {
        return List.copyOf(tablesByEntity.keySet());
    }

    /** The entity a table maps to: its {@code entity}, or the naming strategy's name for it. */
    public String entityName(Table table) {
        return table.entity().map(Located::value).orElseGet(() -> naming.entityName(table.name()));
    }

    /** Columns of {@code from} whose foreign key references table {@code to}, in the order written. */
    public List<Column> foreignKeys(Table from, Table to) {
        return from.columns().stream()
                .filter(column -> column.foreignKey().map(fk -> fk.table().equals(to.name())).orElse(false))
                .toList();
    }

    /** The column a foreign key references, if both its table and column exist. */
    public Optional<Column> referencedColumn(ForeignKeyRef foreignKey) {
        return table(foreignKey.table()).flatMap(table -> table.column(foreignKey.column()));
    }
}
