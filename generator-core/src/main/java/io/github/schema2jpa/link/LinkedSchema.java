package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.SchemaFile;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One schema file, linked: every table with its foreign keys resolved to columns, every relationship with its target,
 * key, partner, owning side and key role. {@link Linker} builds it once; every later stage (the Java resolver, the
 * diagram, other outputs) reads it and none links again.
 */
public final class LinkedSchema {

    private final SchemaIndex index;
    private final List<LinkedTable> tables;
    private final Map<String, LinkedTable> tablesByName = new LinkedHashMap<>();

    LinkedSchema(SchemaIndex index, List<LinkedTable> tables) {
        this.index = index;
        this.tables = List.copyOf(tables);
        for (LinkedTable table : tables) {
            tablesByName.putIfAbsent(table.name(), table);
        }
    }

    /** The schema as loaded, with its look-ups: tables by name and by entity, entity names, positions. */
    public SchemaIndex index() {
        return index;
    }

    public SchemaFile file() {
        return index.schema();
    }

    /** Every table, in the order written. */
    public List<LinkedTable> tables() {
        return tables;
    }

    /** The tables that map to entities: all but the association tables. */
    public List<LinkedTable> entityTables() {
        return tables.stream().filter(table -> !table.association()).toList();
    }

    public Optional<LinkedTable> table(String name) {
        return Optional.ofNullable(tablesByName.get(name));
    }

    public LinkedTable table(Table table) {
        return table(table.name()).orElseThrow(
                () -> new IllegalArgumentException("table '" + table.name() + "' is not in " + index.schema().file()));
    }

    /** Every linked relationship, table by table, in the order written. */
    public List<LinkedRelationship> relationships() {
        return tables.stream().flatMap(table -> table.relationships().stream()).toList();
    }
}
