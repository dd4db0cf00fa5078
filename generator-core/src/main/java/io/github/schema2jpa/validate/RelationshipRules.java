package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.schema.CascadeOption;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.RelationshipLink;
import io.github.schema2jpa.schema.RelationshipLinker;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relationships: the target is an entity, a foreign key carries the relationship, back_populates pairs name each
 * other and mirror each other's kind, and order_by and cascade fit the kind.
 */
final class RelationshipRules implements SchemaValidator.Rule {

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        RelationshipLinker linker = new RelationshipLinker(index);
        Map<Relationship, RelationshipLink> links = new HashMap<>();
        for (Table table : index.schema().tables()) {
            for (Relationship relationship : table.relationships()) {
                RelationshipLinker.Outcome outcome = linker.link(table, relationship);
                if (outcome instanceof RelationshipLinker.Failed failed) {
                    diagnostics.error(failed.location(), failed.message());
                } else if (outcome instanceof RelationshipLinker.Linked linked) {
                    links.put(relationship, linked.link());
                    checkShape(relationship, linked.link(), index, diagnostics);
                    if (linked.link().secondary().isPresent()) {
                        checkAssociationTable(relationship, linked.link(), index, diagnostics);
                    }
                }
            }
        }
        for (Table table : index.schema().tables()) {
            for (Relationship relationship : table.relationships()) {
                RelationshipLink link = links.get(relationship);
                if (link != null) {
                    relationship.backPopulates().ifPresent(back -> checkPair(index, relationship, link, back, links,
                            diagnostics));
                }
            }
        }
    }

    private static void checkShape(Relationship relationship, RelationshipLink link, SchemaIndex index,
            Diagnostics diagnostics) {
        RelationshipKind kind = link.kind();
        if (kind.isScalar() && !relationship.orderBy().isEmpty()) {
            diagnostics.error(relationship.orderBy().get(0).column().location(), "order_by applies to collections, but '"
                    + relationship.name() + "' is " + kind.word());
        } else {
            for (Relationship.OrderTerm term : relationship.orderBy()) {
                String column = term.column().value();
                if (link.target().column(column).isEmpty()) {
                    diagnostics.error(term.column().location(), "order_by names unknown column '" + column
                            + "' of table '" + link.target().name() + "'"
                            + Suggestions.didYouMean(column, link.target().columnNames()));
                }
            }
        }
        if (relationship.passiveDeletes()) {
            // through a secondary table, the rows the database deletes are the links to this side
            Optional<Column> key = link.secondary().isPresent()
                    ? index.foreignKeys(link.secondary().get(), link.owner()).stream().findFirst()
                    : link.foreignKey();
            boolean databaseDeletes = key
                    .flatMap(column -> column.foreignKey())
                    .flatMap(fk -> fk.onDelete())
                    .isPresent();
            if (kind.isScalar() || !databaseDeletes) {
                diagnostics.error(relationship.location(), "passive_deletes leaves deleting '" + relationship.name()
                        + "' to the database, but " + (kind.isScalar() ? "it is " + kind.word()
                        : link.secondary().isPresent()
                                ? "the foreign key of secondary table '" + link.secondary().get().name() + "' to table '"
                                        + link.owner().name() + "' (" + key.map(Column::name).orElse("?")
                                        + ") has no ondelete"
                                : "its foreign key has no ondelete"));
            }
        }
        relationship.cascade().ifPresent(cascade -> {
            boolean deletes = cascade.value().contains(CascadeOption.DELETE) || cascade.value().contains(CascadeOption.ALL)
                    || cascade.value().contains(CascadeOption.DELETE_ORPHAN);
            if (kind == RelationshipKind.MANY_TO_MANY && deletes) {
                diagnostics.error(cascade.location(), "delete cascades do not apply to many-to-many relationships:"
                        + " they would delete the linked entities, not the links; removing from the set removes the link");
            }
            if (cascade.value().contains(CascadeOption.DELETE_ORPHAN) && link.ownerHoldsForeignKey()
                    && !relationship.isSingleParent()) {
                diagnostics.error(cascade.location(), "delete-orphan on the " + kind.word() + " side '"
                        + relationship.name() + "' needs single_parent: true (the " + link.target().name()
                        + " row then belongs to this one alone), or put delete-orphan on the other side");
            }
        });
        relationship.uselist().filter(uselist -> !uselist.value() && link.secondary().isPresent()).ifPresent(uselist ->
                diagnostics.error(uselist.location(), "uselist: false through a secondary table (a scalar many-to-many)"
                        + " is not generated: JPA's @ManyToMany is a collection; drop uselist, or give table '"
                        + link.secondary().get().name() + "' a unique foreign key to table '" + link.owner().name()
                        + "' and map it as an entity"));
        relationship.singleParent().filter(Located::value).ifPresent(single -> {
            if (!link.ownerHoldsForeignKey()) {
                diagnostics.error(single.location(), "single_parent applies to the side with the foreign key"
                        + " (many_to_one, or the key side of a one_to_one), but '" + relationship.name() + "' is "
                        + kind.word() + (link.secondary().isPresent() ? " through a secondary table" : ""));
            }
        });
    }

    /** A secondary table holds one foreign key to each side and nothing else. */
    private static void checkAssociationTable(Relationship relationship, RelationshipLink link, SchemaIndex index,
            Diagnostics diagnostics) {
        Table association = link.secondary().orElseThrow();
        SourceLocation at = relationship.secondary().orElseThrow().location();
        if (!link.owner().name().equals(link.target().name())) {
            for (Table side : List.of(link.owner(), link.target())) {
                if (index.foreignKeys(association, side).size() > 1) {
                    diagnostics.error(at, "secondary table '" + association.name()
                            + "' has several foreign keys to table '" + side.name() + "'");
                }
            }
        }
        List<String> others = association.columns().stream()
                .filter(column -> column.foreignKey().map(fk -> !fk.table().equals(link.owner().name())
                        && !fk.table().equals(link.target().name())).orElse(true))
                .map(Column::name)
                .toList();
        if (!others.isEmpty()) {
            diagnostics.error(at, "secondary table '" + association.name() + "' has columns besides its foreign keys ("
                    + String.join(", ", others) + "): map it as an entity with two many-to-one relationships instead");
        }
    }

    private static void checkPair(SchemaIndex index, Relationship relationship, RelationshipLink link,
            Located<String> back, Map<Relationship, RelationshipLink> links, Diagnostics diagnostics) {
        String targetEntity = index.entityName(link.target());
        Optional<Relationship> partner = link.target().relationship(back.value());
        if (partner.isEmpty()) {
            diagnostics.error(back.location(), "entity '" + targetEntity + "' has no relationship '" + back.value() + "'"
                    + Suggestions.didYouMean(back.value(),
                            link.target().relationships().stream().map(Relationship::name).toList()));
            return;
        }
        RelationshipLink partnerLink = links.get(partner.get());
        if (partnerLink == null) {
            return; // the partner's own problem is already reported
        }
        String self = index.entityName(link.owner()) + "." + relationship.name();
        String other = targetEntity + "." + back.value();
        Optional<Located<String>> partnerBack = partner.get().backPopulates();
        if (partnerBack.isEmpty() || !partnerBack.get().value().equals(relationship.name())
                || !partner.get().target().value().equals(index.entityName(link.owner()))) {
            diagnostics.error(back.location(), "'" + self + "' names '" + other + "' in back_populates, but '" + other
                    + "' does not name '" + self + "' back");
            return;
        }
        if (!mirrors(link.kind(), partnerLink.kind())) {
            diagnostics.error(back.location(), "'" + self + "' is " + link.kind().word() + ", so '" + other
                    + "' must be " + link.kind().mirror().word() + ", but it is " + partnerLink.kind().word());
            return;
        }
        boolean sameKey = link.foreignKey().map(c -> c.name()).equals(partnerLink.foreignKey().map(c -> c.name()))
                && link.foreignKeyTable().name().equals(partnerLink.foreignKeyTable().name());
        if (!sameKey) {
            diagnostics.error(back.location(), "'" + self + "' and '" + other
                    + "' use different foreign keys: choose the same one with foreign_key on both sides");
        }
    }

    /** Whether two kinds form a pair; the key side of a one-to-one may be inferred as many-to-one. */
    private static boolean mirrors(RelationshipKind mine, RelationshipKind theirs) {
        return mine.mirror() == theirs
                || (mine == RelationshipKind.ONE_TO_ONE && theirs == RelationshipKind.MANY_TO_ONE)
                || (mine == RelationshipKind.MANY_TO_ONE && theirs == RelationshipKind.ONE_TO_ONE);
    }
}
