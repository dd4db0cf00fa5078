package io.github.schema2jpa.link;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Links a loaded schema once: infers each relationship's direction and foreign key, pairs the relationships that
 * name each other in {@code back_populates}, decides the owning side and key role of each, and resolves foreign
 * keys to the columns they reference. Every problem is reported to the diagnostics, never thrown; a relationship
 * that cannot be linked is left out of the result, which later stages only read when there are no errors.
 */
public final class Linker {

    private final SchemaIndex index;
    private final Diagnostics diagnostics;
    private final Map<Relationship, InferredLink> inferred = new IdentityHashMap<>();
    private final Map<Relationship, Relationship> partners = new IdentityHashMap<>();

    private Linker(SchemaIndex index, Diagnostics diagnostics) {
        this.index = index;
        this.diagnostics = diagnostics;
    }

    /** The linked schema; what cannot be linked is reported to {@code diagnostics} and left out. */
    public static LinkedSchema link(SchemaIndex index, Diagnostics diagnostics) {
        return new Linker(index, diagnostics).link();
    }

    private LinkedSchema link() {
        KeyInference inference = new KeyInference(index);
        List<Table> tables = index.schema().tables();
        for (Table table : tables) {
            for (Relationship relationship : table.relationships()) {
                KeyInference.Outcome outcome = inference.infer(table, relationship);
                if (outcome instanceof KeyInference.Failed failed) {
                    diagnostics.error(failed.location(), failed.message());
                } else if (outcome instanceof KeyInference.Inferred found && resolvable(found.link())) {
                    inferred.put(relationship, found.link());
                } // else the foreign key's unknown column is reported by the foreign key rules
            }
        }
        PairRules pairRules = new PairRules(index, inferred, diagnostics);
        for (Table table : tables) {
            for (Relationship relationship : table.relationships()) {
                Optional.ofNullable(inferred.get(relationship))
                        .flatMap(link -> pairRules.partner(relationship, link))
                        .ifPresent(partner -> partners.put(relationship, partner));
            }
        }
        Map<Relationship, LinkedRelationship> linked = new IdentityHashMap<>();
        for (Table table : tables) {
            for (Relationship relationship : table.relationships()) {
                Optional.ofNullable(inferred.get(relationship))
                        .ifPresent(link -> linked.put(relationship, linked(relationship, link)));
            }
        }
        Map<LinkedRelationship, LinkedRelationship> pairs = new IdentityHashMap<>();
        partners.forEach((relationship, partner) -> pairs.put(linked.get(relationship), linked.get(partner)));
        return schema(linked, pairs);
    }

    private boolean resolvable(InferredLink link) {
        return link.foreignKey().map(column -> resolve(link.foreignKeyTable(), column).isPresent()).orElse(true);
    }

    private Optional<ForeignKey> resolve(Table table, Column column) {
        return column.foreignKey().flatMap(reference -> index.table(reference.table()).flatMap(referenced ->
                referenced.column(reference.column()).map(key -> new ForeignKey(table, column, referenced, key))));
    }

    private LinkedRelationship linked(Relationship relationship, InferredLink link) {
        Optional<InferredLink> partner = Optional.ofNullable(partners.get(relationship)).map(inferred::get);
        boolean partnerIsOneToOne = partner.map(other -> other.kind() == RelationshipKind.ONE_TO_ONE).orElse(false);
        RelationshipKind kind = link.kind() == RelationshipKind.MANY_TO_ONE && partnerIsOneToOne
                ? RelationshipKind.ONE_TO_ONE : link.kind();
        boolean owningSide = partner.isEmpty() || (link.secondary().isPresent()
                ? index.position(link.declaringTable()) < index.position(link.target())
                : link.holdsForeignKey());
        Optional<AssociationTable> association = link.secondary().map(table -> new AssociationTable(table,
                index.foreignKeys(table, link.declaringTable()).get(0), index.foreignKeys(table, link.target()).get(0)));
        Optional<ForeignKey> foreignKey = link.foreignKey().flatMap(column -> resolve(link.foreignKeyTable(), column));
        return new LinkedRelationship(relationship, link.declaringTable(), link.target(), kind, link.kind(),
                foreignKey, association, link.holdsForeignKey(), owningSide, keyRole(link, kind));
    }

    /** What the foreign key a relationship maps is to the primary key of the table that declares it. */
    private static KeyRole keyRole(InferredLink link, RelationshipKind kind) {
        Optional<String> column = link.foreignKey().filter(c -> link.holdsForeignKey()).map(Column::name);
        List<String> key = link.declaringTable().primaryKeyColumns();
        if (column.isEmpty() || !key.contains(column.get())) {
            return KeyRole.PLAIN;
        }
        if (key.size() > 1) {
            return KeyRole.COMPOSITE_KEY_PART;
        }
        return kind == RelationshipKind.ONE_TO_ONE ? KeyRole.SHARED_PRIMARY_KEY : KeyRole.PLAIN;
    }

    private LinkedSchema schema(Map<Relationship, LinkedRelationship> linked,
            Map<LinkedRelationship, LinkedRelationship> pairs) {
        Set<String> associationTables = index.schema().tables().stream()
                .flatMap(table -> table.relationships().stream())
                .flatMap(relationship -> relationship.secondary().stream())
                .map(secondary -> secondary.value())
                .collect(Collectors.toSet());
        Map<String, Set<String>> mappedFromOtherTables = new HashMap<>();
        for (LinkedRelationship relationship : linked.values()) {
            boolean keyElsewhere = relationship.inferredKind() == RelationshipKind.ONE_TO_MANY
                    || relationship.inferredKind() == RelationshipKind.ONE_TO_ONE;
            if (!pairs.containsKey(relationship) && keyElsewhere && !relationship.holdsForeignKey()) {
                relationship.foreignKey().ifPresent(key -> mappedFromOtherTables
                        .computeIfAbsent(key.table().name(), name -> new HashSet<>())
                        .add(key.column().name()));
            }
        }
        List<LinkedTable> tables = new ArrayList<>();
        for (Table table : index.schema().tables()) {
            List<ForeignKey> foreignKeys = table.columns().stream()
                    .flatMap(column -> resolve(table, column).stream())
                    .toList();
            List<LinkedRelationship> relationships = table.relationships().stream()
                    .flatMap(relationship -> Optional.ofNullable(linked.get(relationship)).stream())
                    .toList();
            tables.add(new LinkedTable(table, index.entityName(table), foreignKeys, relationships,
                    Set.copyOf(mappedFromOtherTables.getOrDefault(table.name(), Set.of())),
                    associationTables.contains(table.name())));
        }
        return new LinkedSchema(index, tables, pairs);
    }
}
