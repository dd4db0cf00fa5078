package io.github.schema2jpa.diagram;

import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.RelationshipLink;
import io.github.schema2jpa.schema.RelationshipLinker;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
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
    record Attribute(String type, String column, String key) {
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

    static DiagramModel of(List<SchemaIndex> schemas) {
        List<Box> boxes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Set<String> named = new HashSet<>();
        for (SchemaIndex index : schemas) {
            // an entity named like one of an earlier schema (in another package) is shown by its full name, so
            // that the two are two boxes, not one box that both draw into
            Map<String, String> names = new HashMap<>();
            for (Table table : index.schema().tables()) {
                String entity = index.entityName(table);
                names.put(entity, named.contains(entity) ? qualified(index, entity) : entity);
            }
            named.addAll(names.keySet());
            for (Table table : index.schema().tables()) {
                boxes.add(new Box(names.get(index.entityName(table)), table.name(), attributes(table)));
            }
            Set<Relationship> drawn = new HashSet<>();
            RelationshipLinker linker = new RelationshipLinker(index);
            for (Table table : index.schema().tables()) {
                for (Relationship relationship : table.relationships()) {
                    if (drawn.contains(relationship)) {
                        continue;
                    }
                    RelationshipLink link = ((RelationshipLinker.Linked) linker.link(table, relationship)).link();
                    Optional<Relationship> partner = relationship.backPopulates()
                            .flatMap(back -> link.target().relationship(back.value()));
                    partner.ifPresent(drawn::add);
                    drawn.add(relationship);
                    edges.add(edge(names, index, link, relationship, partner));
                }
            }
        }
        return new DiagramModel(boxes, edges);
    }

    private static String qualified(SchemaIndex index, String entity) {
        return index.schema().packageName().map(name -> name.value() + "." + entity)
                .orElseGet(() -> index.schema().file() + ":" + entity);
    }

    private static Edge edge(Map<String, String> names, SchemaIndex index, RelationshipLink link,
            Relationship relationship, Optional<Relationship> partner) {
        String owner = names.get(index.entityName(link.owner()));
        String target = names.get(index.entityName(link.target()));
        boolean optional = link.foreignKey().flatMap(Column::nullable).map(Located::value).orElse(true);
        String label = partner.map(p -> relationship.name() + " / " + p.name()).orElse(relationship.name());
        if (link.kind() == RelationshipKind.MANY_TO_ONE
                || (link.kind() == RelationshipKind.ONE_TO_ONE && link.ownerHoldsForeignKey())) {
            String reversed = partner.map(p -> p.name() + " / " + relationship.name()).orElse(relationship.name());
            return new Edge(target, owner, link.kind().mirror(), optional, reversed);
        }
        return new Edge(owner, target, link.kind(), optional, label);
    }

    private static List<Attribute> attributes(Table table) {
        List<String> primaryKey = table.primaryKeyColumns();
        List<Attribute> attributes = new ArrayList<>();
        for (Column column : table.columns()) {
            String key = primaryKey.contains(column.name()) ? "PK"
                    : column.foreignKey().isPresent() ? "FK"
                    : column.unique() ? "UK" : null;
            if (key != null) {
                String type = column.type().map(t -> t.value().word()).orElse("unknown");
                attributes.add(new Attribute(type, column.name(), key));
            }
        }
        return attributes;
    }
}
