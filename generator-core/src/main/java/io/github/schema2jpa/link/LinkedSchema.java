package io.github.schema2jpa.link;

import io.github.schema2jpa.schema.SchemaFile;
import io.github.schema2jpa.schema.SchemaIndex;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One schema file, linked: every table with its foreign keys resolved to columns, every relationship with its target,
 * key, owning side and key role, and the pairs. {@link Linker} builds it once; every later stage (the Java resolver, the
 * diagram, other outputs) reads it and none links again.
 */
public final class LinkedSchema {

    private final SchemaIndex index;
    private final List<LinkedTable> tables;
    private final Map<LinkedRelationship, LinkedRelationship> partners;

    LinkedSchema(SchemaIndex index, List<LinkedTable> tables, Map<LinkedRelationship, LinkedRelationship> partners) {
        this.index = index;
        this.tables = List.copyOf(tables);
        this.partners = Collections.unmodifiableMap(new IdentityHashMap<>(partners));
    }

    /** The schema as loaded, with its look-ups: tables by name and by entity, entity names, positions. */
    public SchemaIndex index() {
        return index;
    }

    /** The tables that map to entities: all but the association tables. */
    public List<LinkedTable> entityTables() {
        return tables.stream().filter(table -> !table.association()).toList();
    }

    public SchemaFile file() {
        return index.schema();
    }

    /** Every table, in the order written. */
    public List<LinkedTable> tables() {
        return tables;
    }

    /**
     * The relationship of the target that {@code relationship} names in {@code back_populates}, and that names it
     * back: the other side of a pair.
     */
    public Optional<LinkedRelationship> partner(LinkedRelationship relationship) {
        return Optional.ofNullable(partners.get(relationship));
    }

    /** Every linked relationship, table by table, in the order written. */
    public List<LinkedRelationship> relationships() {
        return tables.stream().flatMap(table -> table.relationships().stream()).toList();
    }
}
