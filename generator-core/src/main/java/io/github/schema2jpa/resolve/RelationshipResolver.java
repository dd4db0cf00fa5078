package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.AssociationTable;
import io.github.schema2jpa.link.ForeignKey;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.link.LinkedRelationship;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.link.LinkedTable;
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
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.SchemaText;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Resolves the linked relationships of a table into Java properties: their names, join column or join table, order,
 * cascade and loading, and the names of the partner that keeps the pair in step.
 */
final class RelationshipResolver {

    /** SQLAlchemy's default cascade. */
    static final Set<CascadeOption> DEFAULT_CASCADE = EnumSet.of(CascadeOption.SAVE_UPDATE, CascadeOption.MERGE);

    private final LinkedSchema schema;
    private final NamingStrategy naming;
    private final ColumnResolver columns;
    private final String packageName;
    private final Diagnostics diagnostics;

    RelationshipResolver(LinkedSchema schema, NamingStrategy naming, ColumnResolver columns, String packageName,
            Diagnostics diagnostics) {
        this.schema = schema;
        this.naming = naming;
        this.columns = columns;
        this.packageName = packageName;
        this.diagnostics = diagnostics;
    }

    List<RelationshipProperty> resolve(LinkedTable table) {
        List<RelationshipProperty> properties = new ArrayList<>();
        for (LinkedRelationship relationship : table.relationships()) {
            if (supported(relationship)) {
                properties.add(property(relationship));
            }
        }
        return properties;
    }

    /** The Java property of one linked relationship. */
    private RelationshipProperty property(LinkedRelationship link) {
        Relationship relationship = link.declaration();
        PropertyNames names = ColumnResolver.names(naming, propertyName(relationship));
        Set<CascadeOption> cascade = cascade(relationship);
        return RelationshipSides.side(new RelationshipSides.Facts(
                new RelationshipBasics(names, ClassName.get(packageName, schema.index().entityName(link.target())),
                        singular(relationship, names), relationship.doc().map(SchemaText::javadoc),
                        relationship.lazy().map(Located::value).orElse(LoadingStrategy.SELECT),
                        JpaCascade.of(cascade, relationship.passiveDeletes(),
                                link.holdsForeignKey() && !cascade.contains(CascadeOption.DELETE_ORPHAN))),
                link.kind(),
                link.associationTable().isEmpty() && (link.holdsForeignKey() || schema.partner(link).isEmpty()
                        || link.inferredKind() == RelationshipKind.ONE_TO_ONE)
                        ? link.foreignKey().map(this::joinColumn) : Optional.empty(),
                link.ownsJoinTable() ? Optional.of(joinTable(link, true)) : Optional.empty(),
                keyRole(link.keyRole()),
                orderBy(relationship, link.target()),
                cascade.contains(CascadeOption.DELETE_ORPHAN),
                relationship.passiveDeletes(),
                schema.partner(link).map(this::partner),
                link.associationTable().isPresent() && schema.partner(link).isPresent() && !link.ownsJoinTable()
                        ? Optional.of(joinTable(link, false)) : Optional.empty(),
                link.associationTable().isEmpty() && !link.holdsForeignKey()));
    }

    private static RelationshipProperty.KeyRole keyRole(KeyRole role) {
        return switch (role) {
            case PLAIN -> RelationshipProperty.KeyRole.NONE;
            case SHARED_PRIMARY_KEY -> RelationshipProperty.KeyRole.SHARED;
            case COMPOSITE_KEY_PART -> RelationshipProperty.KeyRole.PART;
        };
    }

    private static Set<CascadeOption> cascade(Relationship relationship) {
        return relationship.cascade().map(Located::value).orElse(DEFAULT_CASCADE);
    }

    private boolean supported(LinkedRelationship link) {
        if (link.kind() == RelationshipKind.MANY_TO_MANY && link.selfReferential()) {
            diagnostics.error(link.declaration().location(), "self-referential many-to-many relationships"
                    + " are not generated by this version of schema2jpa yet");
            return false;
        }
        return true;
    }

    /**
     * The association table seen from the table that declares {@code link}; with its indexes and unique constraints
     * only where they are declared once, on the side that holds the {@code @JoinTable}.
     */
    private RelationshipProperty.JoinTable joinTable(LinkedRelationship link, boolean withConstraints) {
        AssociationTable association = link.associationTable().orElseThrow();
        Table table = association.table();
        Column toDeclaring = association.toDeclaringTable();
        Column toTarget = association.toTarget();
        return new RelationshipProperty.JoinTable(
                naming.sqlIdentifier(table.name()),
                naming.sqlIdentifier(toDeclaring.name()),
                naming.foreignKeyName(table.name(), toDeclaring.name(), link.declaringTable().name()),
                foreignKeyDefinition(toDeclaring),
                naming.sqlIdentifier(toTarget.name()),
                naming.foreignKeyName(table.name(), toTarget.name(), link.target().name()),
                foreignKeyDefinition(toTarget),
                onDelete(toDeclaring),
                withConstraints ? associationIndexes(table) : List.of(),
                withConstraints ? associationUniqueConstraints(table) : List.of());
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

    /** The foreign key a relationship maps, in the table that holds it (the declaring table's, or the target's). */
    private RelationshipProperty.JoinColumn joinColumn(ForeignKey foreignKey) {
        Table keyTable = foreignKey.table();
        Column column = foreignKey.column();
        ColumnType type = column.type().map(Located::value).orElseThrow();
        return new RelationshipProperty.JoinColumn(
                naming.sqlIdentifier(column.name()),
                column.nullable().map(Located::value).orElse(true) && !keyTable.primaryKeyColumns().contains(column.name()),
                naming.foreignKeyName(keyTable.name(), column.name(), foreignKey.referencedTable().name()),
                foreignKey.reference().onDelete().map(Located::value),
                columns.propertyNames(column),
                columns.javaType(schema.index().entityName(keyTable), column, type),
                columns.propertyNames(foreignKey.referencedColumn()).getter(),
                foreignKey.referencesPrimaryKey()
                        ? Optional.empty() : Optional.of(naming.sqlIdentifier(foreignKey.referencedColumn().name())));
    }

    private List<Ordering> orderBy(Relationship relationship, Table target) {
        return relationship.orderBy().stream()
                .map(term -> new Ordering(columns.propertyNames(target.column(term.column().value()).orElseThrow())
                        .field(), term.descending() ? Ordering.Direction.DESC : Ordering.Direction.ASC))
                .toList();
    }

    /** The partner of a pair, as this side's generated code calls it. */
    private RelationshipSides.OtherSide partner(LinkedRelationship other) {
        Relationship declaration = other.declaration();
        PropertyNames names = ColumnResolver.names(naming, propertyName(declaration));
        Optional<ForeignKey> readableKey = other.foreignKey()
                .filter(key -> other.holdsForeignKey() && other.keyRole() != KeyRole.SHARED_PRIMARY_KEY);
        return new RelationshipSides.OtherSide(names, singular(declaration, names), !other.inferredKind().isScalar(),
                keyRole(other.keyRole()),
                readableKey.map(key -> columns.propertyNames(key.column()).getter()),
                readableKey.map(key -> columns.propertyNames(key.referencedColumn()).getter()),
                cascade(declaration).contains(CascadeOption.DELETE_ORPHAN));
    }

    private String propertyName(Relationship relationship) {
        return relationship.javaName().map(Located::value).orElseGet(() -> naming.propertyName(relationship.name()));
    }

    private String singular(Relationship relationship, PropertyNames names) {
        return relationship.singular().map(Located::value).orElseGet(() -> naming.singular(names.property()));
    }
}
