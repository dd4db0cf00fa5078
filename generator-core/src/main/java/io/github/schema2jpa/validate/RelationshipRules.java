package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.link.AssociationTable;
import io.github.schema2jpa.link.ForeignKey;
import io.github.schema2jpa.link.LinkedRelationship;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.schema.CascadeOption;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Relationships, once linked: order_by, cascade, passive_deletes, uselist and single_parent fit the kind, and an
 * association table holds nothing but its foreign keys. Linking itself (the target, the foreign key, the
 * back_populates pairs) is checked by the {@link io.github.schema2jpa.link.Linker}.
 */
final class RelationshipRules {

    void check(LinkedSchema schema, Diagnostics diagnostics) {
        for (LinkedRelationship relationship : schema.relationships()) {
            checkShape(relationship, diagnostics);
            relationship.associationTable().ifPresent(association ->
                    checkAssociationTable(relationship, association, schema.index(), diagnostics));
        }
    }

    private static void checkShape(LinkedRelationship link, Diagnostics diagnostics) {
        Relationship relationship = link.declaration();
        checkOrderBy(link, diagnostics);
        if (relationship.passiveDeletes()) {
            checkPassiveDeletes(link, diagnostics);
        }
        relationship.cascade().ifPresent(cascade -> checkCascade(link, cascade, diagnostics));
        relationship.uselist().filter(uselist -> !uselist.value() && link.associationTable().isPresent())
                .ifPresent(uselist -> diagnostics.error(uselist.location(), "uselist: false through a secondary table"
                        + " (a scalar many-to-many) is not generated: JPA's @ManyToMany is a collection; drop uselist,"
                        + " or give table '" + link.associationTable().get().table().name() + "' a unique foreign key"
                        + " to table '" + link.declaringTable().name() + "' and map it as an entity"));
        relationship.singleParent().filter(Located::value).ifPresent(single -> {
            if (!link.holdsForeignKey()) {
                diagnostics.error(single.location(), "single_parent applies to the side with the foreign key"
                        + " (many_to_one, or the key side of a one_to_one), but '" + relationship.name() + "' is "
                        + link.inferredKind().word()
                        + (link.associationTable().isPresent() ? " through a secondary table" : ""));
            }
        });
    }

    private static void checkOrderBy(LinkedRelationship link, Diagnostics diagnostics) {
        Relationship relationship = link.declaration();
        RelationshipKind kind = link.inferredKind();
        if (kind.isScalar() && !relationship.orderBy().isEmpty()) {
            diagnostics.error(relationship.orderBy().get(0).column().location(), "order_by applies to collections, but '"
                    + relationship.name() + "' is " + kind.word());
            return;
        }
        for (Relationship.OrderTerm term : relationship.orderBy()) {
            String column = term.column().value();
            if (link.target().column(column).isEmpty()) {
                diagnostics.error(term.column().location(), "order_by names unknown column '" + column
                        + "' of table '" + link.target().name() + "'"
                        + Suggestions.didYouMean(column, link.target().columnNames()));
            }
        }
    }

    private static void checkPassiveDeletes(LinkedRelationship link, Diagnostics diagnostics) {
        RelationshipKind kind = link.inferredKind();
        // through a secondary table, the rows the database deletes are the links to this side
        Optional<Column> key = link.associationTable().isPresent()
                ? link.associationTable().map(AssociationTable::toDeclaringTable)
                : link.foreignKey().map(ForeignKey::column);
        boolean databaseDeletes = key.flatMap(Column::foreignKey).flatMap(fk -> fk.onDelete()).isPresent();
        if (kind.isScalar() || !databaseDeletes) {
            diagnostics.error(link.declaration().location(), "passive_deletes leaves deleting '" + link.name()
                    + "' to the database, but " + (kind.isScalar() ? "it is " + kind.word()
                    : link.associationTable().isPresent()
                            ? "the foreign key of secondary table '" + link.associationTable().get().table().name()
                                    + "' to table '" + link.declaringTable().name() + "' ("
                                    + key.map(Column::name).orElse("?") + ") has no ondelete"
                            : "its foreign key has no ondelete"));
        }
    }

    private static void checkCascade(LinkedRelationship link, Located<Set<CascadeOption>> cascade,
            Diagnostics diagnostics) {
        boolean deletes = cascade.value().contains(CascadeOption.DELETE) || cascade.value().contains(CascadeOption.ALL)
                || cascade.value().contains(CascadeOption.DELETE_ORPHAN);
        if (link.inferredKind() == RelationshipKind.MANY_TO_MANY && deletes) {
            diagnostics.error(cascade.location(), "delete cascades do not apply to many-to-many relationships:"
                    + " they would delete the linked entities, not the links; removing from the set removes the link");
        }
        if (cascade.value().contains(CascadeOption.DELETE_ORPHAN) && link.holdsForeignKey()
                && !link.declaration().isSingleParent()) {
            diagnostics.error(cascade.location(), "delete-orphan on the " + link.inferredKind().word() + " side '"
                    + link.name() + "' needs single_parent: true (the " + link.target().name()
                    + " row then belongs to this one alone), or put delete-orphan on the other side");
        }
    }

    /** A secondary table holds one foreign key to each side and nothing else. */
    private static void checkAssociationTable(LinkedRelationship link, AssociationTable association,
            SchemaIndex index, Diagnostics diagnostics) {
        Table table = association.table();
        SourceLocation at = link.declaration().secondary().orElseThrow().location();
        if (!link.selfReferential()) {
            for (Table side : List.of(link.declaringTable(), link.target())) {
                if (index.foreignKeys(table, side).size() > 1) {
                    diagnostics.error(at, "secondary table '" + table.name()
                            + "' has several foreign keys to table '" + side.name() + "'");
                }
            }
        }
        List<String> others = table.columns().stream()
                .filter(column -> column.foreignKey().map(fk -> !fk.table().equals(link.declaringTable().name())
                        && !fk.table().equals(link.target().name())).orElse(true))
                .map(Column::name)
                .toList();
        if (!others.isEmpty()) {
            diagnostics.error(at, "secondary table '" + table.name() + "' has columns besides its foreign keys ("
                    + String.join(", ", others) + "): map it as an entity with two many-to-one relationships instead");
        }
    }
}
