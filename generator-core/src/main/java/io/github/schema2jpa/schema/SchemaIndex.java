package io.github.schema2jpa.schema;

import io.github.schema2jpa.naming.NamingStrategy;
import java.util.IdentityHashMap;
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
    private final Map<Table, Integer> positions = new IdentityHashMap<>();
    private long columnsExamined;

    public SchemaIndex(SchemaFile schema, NamingStrategy naming) {
        this.schema = schema;
        this.naming = naming;
        for (Table table : schema.tables()) {
            tablesByName.putIfAbsent(table.name(), table);
            tablesByEntity.putIfAbsent(entityName(table), table);
            positions.putIfAbsent(table, positions.size());
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

    /** Where {@code table} is written among the schema's tables: 0 for the first. */
    public int position(Table table) {
        Integer position = positions.get(table);
        if (position == null) {
            throw new IllegalArgumentException("table '" + table.name() + "' is not in " + schema.file());
        }
        return position;
    }

    /** The entity a table maps to: its {@code entity}, or the naming strategy's name for it. */
    public String entityName(Table table) {
        return table.entity().map(Located::value).orElseGet(() -> naming.entityName(table.name()));
    }

    /** Columns of {@code from} whose foreign key references table {@code to}, in the order written. */
    public List<Column> foreignKeys(Table from, Table to) {
        columnsExamined += from.columns().size();
        return from.columns().stream()
                .filter(column -> column.foreignKey().map(fk -> fk.table().equals(to.name())).orElse(false))
                .toList();
    }

    /**
     * How many columns the foreign key look-ups have examined so far: a count of the work that linking relationships
     * does, which must grow linearly with the schema (tests compare it across schema sizes, never timings).
     */
    public long columnsExamined() {
        return columnsExamined;
    }

    /** The column a foreign key references, if both its table and column exist. */
    public Optional<Column> referencedColumn(ForeignKeyRef foreignKey) {
        return table(foreignKey.table()).flatMap(table -> table.column(foreignKey.column()));
    }
}
