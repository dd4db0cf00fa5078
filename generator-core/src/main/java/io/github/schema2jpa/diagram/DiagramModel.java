package io.github.schema2jpa.diagram;

import io.github.schema2jpa.link.ForeignKey;
import io.github.schema2jpa.link.LinkedRelationship;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.link.LinkedTable;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.Table;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** What a diagram shows, whatever its format: entities with their key columns, and each relationship once. */
record DiagramModel(List<Box> boxes, List<Edge> edges) {

    /** An entity and its key columns. */
    record Box(String entity, String table, List<Attribute> attributes) {
    }

    /** A key column: primary, foreign or unique. */
    record Attribute(String type, String column, ColumnKey key) {
    }

    /**
     * A relationship, drawn from the "one" side to the "many" side.
     *
     * @param from the entity on the one side (the referenced side)
     * @param to the entity on the other side
     * @param kind the kind seen from {@code to}'s relationship when it has one, else from {@code from}'s
     * @param optional whether the one side may be absent (nullable foreign key)
     * @param label the relationship names, {@code releases / package} for a pair
     */
    record Edge(String from, String to, RelationshipKind kind, boolean optional, String label) {
    }

    static DiagramModel of(List<LinkedSchema> schemas) {
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (LinkedSchema schema : schemas) {
            // an entity named like one of an earlier schema (in another package) is shown by its full name, so
            // that the two are two boxes, not one box that both draw into
            Map<String, String> names = new HashMap<>();
            for (LinkedTable table : schema.tables()) {
                String entity = table.entityName();
                names.put(entity, named.contains(entity) ? qualified(schema, entity) : entity);
            }
            named.addAll(names.keySet());
            for (LinkedTable table : schema.tables()) {
                boxes.add(new Box(names.get(table.entityName()), table.name(), attributes(table)));
            }
            Set<LinkedRelationship> drawn = Collections.newSetFromMap(new IdentityHashMap<>());
            for (LinkedRelationship relationship : schema.relationships()) {
                if (drawn.add(relationship)) {
                    schema.partner(relationship).ifPresent(drawn::add);
                    edges.add(edge(names, schema, relationship));
                }
            }
        }
        return new DiagramModel(boxes, edges);
    }

    private static String qualified(LinkedSchema schema, String entity) {
        return schema.file().packageName().map(name -> name.value() + "." + entity)
                .orElseGet(() -> schema.file().file() + ":" + entity);
    }

    private static Edge edge(Map<String, String> names, LinkedSchema schema, LinkedRelationship relationship) {
        String declaring = names.get(schema.index().entityName(relationship.declaringTable()));
        String target = names.get(schema.index().entityName(relationship.target()));
        boolean optional = relationship.foreignKey().map(ForeignKey::column).flatMap(Column::nullable)
                .map(Located::value).orElse(true);
        String name = relationship.name();
        Optional<String> partner = schema.partner(relationship).map(LinkedRelationship::name);
        RelationshipKind kind = relationship.kind();
        if (kind == RelationshipKind.MANY_TO_ONE || (kind == RelationshipKind.ONE_TO_ONE && relationship.holdsForeignKey())) {
            String reversed = partner.map(p -> p + " / " + name).orElse(name);
            return new Edge(target, declaring, kind.mirror(), optional, reversed);
        }
        return new Edge(declaring, target, kind, optional, partner.map(p -> name + " / " + p).orElse(name));
    }

    private static List<Attribute> attributes(LinkedTable linked) {
        Table table = linked.table();
        List<String> primaryKey = table.primaryKeyColumns();
        Set<String> foreignKeys = new HashSet<>();
        linked.foreignKeys().forEach(key -> foreignKeys.add(key.column().name()));
        List<Attribute> attributes = new ArrayList<>();
        for (Column column : table.columns()) {
            Optional<ColumnKey> key = primaryKey.contains(column.name()) ? Optional.of(ColumnKey.PRIMARY)
                    : foreignKeys.contains(column.name()) ? Optional.of(ColumnKey.FOREIGN)
                    : column.unique() ? Optional.of(ColumnKey.UNIQUE) : Optional.empty();
            key.ifPresent(marker -> attributes.add(new Attribute(
                    column.type().map(t -> t.value().word()).orElse("unknown"), column.name(), marker)));
        }
        return attributes;
    }
}
