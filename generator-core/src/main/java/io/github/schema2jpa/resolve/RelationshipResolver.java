package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.CascadeOption;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.ForeignKeyRef;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.LoadingStrategy;
import io.github.schema2jpa.schema.ReferentialAction;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.RelationshipLink;
import io.github.schema2jpa.schema.RelationshipLinker;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.SchemaText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Resolves relationships: which side owns the foreign key, the pair's names, order, cascade and loading. */
final class RelationshipResolver {

    /** SQLAlchemy's default cascade. */
    static final Set<CascadeOption> DEFAULT_CASCADE = EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE);

    private final SchemaIndex index;
    private final NamingStrategy naming;
    private final ColumnResolver columns;
    private final String packageName;
    private final Diagnostics diagnostics;
    private final RelationshipLinker linker;
    /** {@link #foreignKeysMappedFromOtherTables} by table name, computed once in one pass over the schema. */
    private Map<String, Set<String>> mappedFromOtherTables;

    RelationshipResolver(SchemaIndex index, NamingStrategy naming, ColumnResolver columns, String packageName,
            Diagnostics diagnostics) {
        this.index = index;
        this.naming = naming;
        this.columns = columns;
        this.packageName = packageName;
        this.diagnostics = diagnostics;
        this.linker = new RelationshipLinker(index);
    }

    /** The links of {@code table}'s relationships that map one of its own foreign key columns. */
    List<RelationshipLink> ownedLinks(Table table) {
        return table.relationships().stream()
                .map(relationship -> link(table, relationship))
                .filter(RelationshipLink::ownerHoldsForeignKey)
                .toList();
    }

    /**
     * Foreign key columns of {@code table} that a one-directional one-to-many relationship of another table maps:
     * only the declared side exists, so the column is not a property of {@code table}'s entity.
     */
    Set<String> foreignKeysMappedFromOtherTables(Table table) {
        if (mappedFromOtherTables == null) {
            mappedFromOtherTables = new HashMap<>();
            for (Table owner : index.schema().tables()) {
                for (Relationship relationship : owner.relationships()) {
                    if (relationship.backPopulates().isPresent()) {
                        continue;
                    }
                    RelationshipLink link = link(owner, relationship);
                    boolean keyElsewhere = link.kind() == RelationshipKind.ONE_TO_MANY
                            || link.kind() == RelationshipKind.ONE_TO_ONE;
                    if (keyElsewhere && !link.ownerHoldsForeignKey()) {
                        link.foreignKey().ifPresent(column -> mappedFromOtherTables
                                .computeIfAbsent(link.foreignKeyTable().name(), name -> new HashSet<>())
                                .add(column.name()));
                    }
                }
            }
        }
        return mappedFromOtherTables.getOrDefault(table.name(), Set.of());
    }

    static Set<String> foreignKeyColumns(List<RelationshipLink> links) {
        return links.stream()
                .flatMap(link -> link.foreignKey().stream())
                .map(Column::name)
                .collect(Collectors.toSet());
    }

    List<RelationshipProperty> resolve(Table table) {
        List<RelationshipProperty> properties = new ArrayList<>();
        for (Relationship relationship : table.relationships()) {
            RelationshipLink link = link(table, relationship);
            Optional<Relationship> partner = partnerOf(relationship, link);
            if (!supported(relationship, link, partner)) {
                continue;
            }
            PropertyNames names = ColumnResolver.names(naming, propertyName(relationship));
            Set<CascadeOption> cascade = relationship.cascade().map(Located::value).orElse(DEFAULT_CASCADE);
            properties.add(new RelationshipProperty(
                    names,
                    kind(link, partner),
                    ClassName.get(packageName, index.entityName(link.target())),
                    link.secondary().isEmpty() && (link.ownerHoldsForeignKey() || partner.isEmpty()
                            || link.kind() == RelationshipKind.ONE_TO_ONE)
                            ? Optional.of(joinColumn(link)) : Optional.empty(),
                    ownsAssociationTable(table, link, partner) ? Optional.of(joinTable(link, true)) : Optional.empty(),
                    keyRole(table, link, partner),
                    orderBy(relationship, link.target()),
                    JpaCascade.of(cascade, relationship.passiveDeletes(),
                            link.ownerHoldsForeignKey() && !cascade.contains(CascadeOption.DELETE_ORPHAN)),
                    cascade.contains(CascadeOption.DELETE_ORPHAN),
                    relationship.lazy().map(Located::value).orElse(LoadingStrategy.SELECT),
                    relationship.passiveDeletes(),
                    singular(relationship, names),
                    partner.map(other -> partner(other, link.target())),
                    relationship.doc().map(SchemaText::javadoc),
                    link.secondary().isPresent() && partner.isPresent() && !ownsAssociationTable(table, link, partner)
                            ? Optional.of(joinTable(link, false)) : Optional.empty(),
                    link.secondary().isEmpty() && !link.ownerHoldsForeignKey()));
        }
        return properties;
    }

    /**
     * The foreign key column of {@code table} that is also its whole primary key and that a one-to-one relationship
     * of {@code table} maps: the key is shared with the other entity ({@code @MapsId}).
     */
    Optional<String> sharedPrimaryKey(Table table) {
        for (Relationship relationship : table.relationships()) {
            RelationshipLink link = link(table, relationship);
            if (keyRole(table, link, partnerOf(relationship, link)) == RelationshipProperty.KeyRole.SHARED) {
                return link.foreignKey().map(Column::name);
            }
        }
        return Optional.empty();
    }

    /** What the foreign key a relationship of {@code table} maps is to that table's primary key. */
    private RelationshipProperty.KeyRole keyRole(Table table, RelationshipLink link, Optional<Relationship> partner) {
        Optional<String> column = link.foreignKey().filter(c -> link.ownerHoldsForeignKey()).map(Column::name);
        List<String> key = table.primaryKeyColumns();
        if (column.isEmpty() || !key.contains(column.get())) {
            return RelationshipProperty.KeyRole.NONE;
        }
        if (key.size() > 1) {
            return RelationshipProperty.KeyRole.PART;
        }
        return kind(link, partner) == RelationshipKind.ONE_TO_ONE
                ? RelationshipProperty.KeyRole.SHARED : RelationshipProperty.KeyRole.NONE;
    }

    /** The relationship on the target that {@code relationship} names in back_populates, if any. */
    private static Optional<Relationship> partnerOf(Relationship relationship, RelationshipLink link) {
        return relationship.backPopulates().flatMap(back -> link.target().relationship(back.value()));
    }

    /**
     * The kind as generated: the foreign key side of a pair whose other side is one-to-one ({@code uselist: false})
     * is one-to-one too, though inferred as many-to-one from the key alone, as SQLAlchemy infers it.
     */
    private RelationshipKind kind(RelationshipLink link, Optional<Relationship> partner) {
        boolean partnerIsOneToOne = partner.map(p -> link(link.target(), p).kind() == RelationshipKind.ONE_TO_ONE)
                .orElse(false);
        return link.kind() == RelationshipKind.MANY_TO_ONE && partnerIsOneToOne ? RelationshipKind.ONE_TO_ONE : link.kind();
    }

    private boolean supported(Relationship relationship, RelationshipLink link, Optional<Relationship> partner) {
        String unsupported = null;
        if (link.kind() == RelationshipKind.MANY_TO_MANY && link.owner().name().equals(link.target().name())) {
            unsupported = "self-referential many-to-many relationships";
        }
        if (unsupported != null) {
            diagnostics.error(relationship.location(), unsupported + " are not generated by this version of schema2jpa yet");
            return false;
        }
        return true;
    }

    /** Tables that a relationship uses as its {@code secondary}: association tables, not entities. */
    Set<String> secondaryTables() {
        return index.schema().tables().stream()
                .flatMap(table -> table.relationships().stream())
                .flatMap(relationship -> relationship.secondary().stream())
                .map(Located::value)
                .collect(Collectors.toSet());
    }

    /**
     * Which side of a many-to-many pair holds the {@code @JoinTable}: the side declared in the table written first
     * in the schema; a one-directional many-to-many owns it alone.
     */
    private boolean ownsAssociationTable(Table table, RelationshipLink link, Optional<Relationship> partner) {
        if (link.secondary().isEmpty()) {
            return false;
        }
        if (partner.isEmpty()) {
            return true;
        }
        return index.position(table) < index.position(link.target());
    }

    /**
     * The association table seen from {@code link}'s owner; with its indexes and unique constraints only where they
     * are declared once, on the side that holds the {@code @JoinTable}.
     */
    private RelationshipProperty.JoinTable joinTable(RelationshipLink link, boolean withConstraints) {
        Table association = link.secondary().orElseThrow();
        Column toOwner = index.foreignKeys(association, link.owner()).get(0);
        Column toTarget = index.foreignKeys(association, link.target()).get(0);
        return new RelationshipProperty.JoinTable(
                naming.sqlIdentifier(association.name()),
                naming.sqlIdentifier(toOwner.name()),
                naming.foreignKeyName(association.name(), toOwner.name(), link.owner().name()),
                foreignKeyDefinition(toOwner),
                naming.sqlIdentifier(toTarget.name()),
                naming.foreignKeyName(association.name(), toTarget.name(), link.target().name()),
                foreignKeyDefinition(toTarget),
                onDelete(toOwner),
                withConstraints ? associationIndexes(association) : List.of(),
                withConstraints ? associationUniqueConstraints(association) : List.of());
    }

    private static Optional<ReferentialAction> onDelete(Column foreignKey) {
        return foreignKey.foreignKey().flatMap(ForeignKeyRef::onDelete).map(Located::value)
                .filter(action -> action != ReferentialAction.NO_ACTION);
    }

    /**
     * The whole definition of an association table's foreign key that has an {@code ondelete} action. Hibernate 7
     * puts the action of a collection's {@code @OnDelete} into the DDL, Hibernate 6.6 leaves it out; a
     * {@code foreignKeyDefinition} reaches the DDL on both. Both sides that map the table carry it, so whichever
     * mapping Hibernate creates the constraint from has the action.
     */
    private Optional<String> foreignKeyDefinition(Column foreignKey) {
        return onDelete(foreignKey).map(action -> {
            ForeignKeyRef reference = foreignKey.foreignKey().orElseThrow();
            return "foreign key (" + naming.sqlIdentifier(foreignKey.name()) + ") references "
                    + naming.sqlIdentifier(reference.table()) + " (" + naming.sqlIdentifier(reference.column())
                    + ") on delete " + action.name().replace('_', ' ').toLowerCase(Locale.ROOT);
        });
    }

    private List<EntityModel.ConstraintModel> associationIndexes(Table association) {
        List<EntityModel.ConstraintModel> indexes = new ArrayList<>();
        for (Column column : association.columns()) {
            if (column.index()) {
                indexes.add(new EntityModel.ConstraintModel(naming.indexName(association.name(),
                        List.of(column.name())), List.of(naming.sqlIdentifier(column.name()))));
            }
        }
        for (Table.NamedIndex named : association.indexes()) {
            indexes.add(new EntityModel.ConstraintModel(named.name(),
                    named.columns().stream().map(Located::value).map(naming::sqlIdentifier).toList()));
        }
        return indexes;
    }

    private List<EntityModel.ConstraintModel> associationUniqueConstraints(Table association) {
        List<EntityModel.ConstraintModel> constraints = new ArrayList<>();
        for (Column column : association.columns()) {
            if (column.unique()) {
                constraints.add(new EntityModel.ConstraintModel(naming.uniqueConstraintName(association.name(),
                        List.of(column.name())), List.of(naming.sqlIdentifier(column.name()))));
            }
        }
        for (Located<List<Located<String>>> unique : association.uniqueConstraints()) {
            List<String> names = unique.value().stream().map(Located::value).toList();
            constraints.add(new EntityModel.ConstraintModel(naming.uniqueConstraintName(association.name(), names),
                    names.stream().map(naming::sqlIdentifier).toList()));
        }
        return constraints;
    }

    private RelationshipLink link(Table table, Relationship relationship) {
        RelationshipLinker.Outcome outcome = linker.link(table, relationship);
        if (outcome instanceof RelationshipLinker.Linked linked) {
            return linked.link();
        }
        throw new IllegalStateException("relationship '" + relationship.name() + "' was not validated");
    }

    /** The foreign key a relationship maps, in the table that holds it (the owner's, or the target's). */
    private RelationshipProperty.JoinColumn joinColumn(RelationshipLink link) {
        Table keyTable = link.foreignKeyTable();
        Column column = link.foreignKey().orElseThrow();
        ForeignKeyRef reference = column.foreignKey().orElseThrow();
        Table referenced = index.table(reference.table()).orElseThrow();
        Column referencedKey = referenced.column(reference.column()).orElseThrow();
        ColumnType type = column.type().map(Located::value).orElseThrow();
        return new RelationshipProperty.JoinColumn(
                naming.sqlIdentifier(column.name()),
                column.nullable().map(Located::value).orElse(true) && !keyTable.primaryKeyColumns().contains(column.name()),
                naming.foreignKeyName(keyTable.name(), column.name(), referenced.name()),
                reference.onDelete().map(Located::value),
                columns.propertyNames(column),
                columns.javaType(index.entityName(keyTable), column, type),
                columns.propertyNames(referencedKey).getter(),
                referenced.primaryKeyColumns().equals(List.of(referencedKey.name()))
                        ? Optional.empty() : Optional.of(naming.sqlIdentifier(referencedKey.name())));
    }

    private String orderBy(Relationship relationship, Table target) {
        return relationship.orderBy().stream()
                .map(term -> {
                    Column column = target.column(term.column().value()).orElseThrow();
                    return columns.propertyNames(column).field() + (term.descending() ? " DESC" : " ASC");
                })
                .collect(Collectors.joining(", "));
    }

    private RelationshipProperty.Partner partner(Relationship other, Table otherTable) {
        PropertyNames names = ColumnResolver.names(naming, propertyName(other));
        RelationshipLink otherLink = link(otherTable, other);
        RelationshipProperty.KeyRole keyRole = keyRole(otherTable, otherLink, partnerOf(other, otherLink));
        Optional<String> keyGetter = otherLink.ownerHoldsForeignKey() && keyRole != RelationshipProperty.KeyRole.SHARED
                ? otherLink.foreignKey().map(column -> columns.propertyNames(column).getter()) : Optional.empty();
        Optional<String> referencedGetter = keyGetter.map(getter -> joinColumn(otherLink).targetIdGetter());
        return new RelationshipProperty.Partner(names, singular(other, names), !otherLink.kind().isScalar(), keyRole,
                keyGetter, referencedGetter, other.cascade().map(Located::value).orElse(DEFAULT_CASCADE).contains(CascadeOption.DELETE_ORPHAN));
    }

    private String propertyName(Relationship relationship) {
        return relationship.javaName().map(Located::value).orElseGet(() -> naming.propertyName(relationship.name()));
    }

    private String singular(Relationship relationship, PropertyNames names) {
        return relationship.singular().map(Located::value).orElseGet(() -> naming.singular(names.property()));
    }
}
