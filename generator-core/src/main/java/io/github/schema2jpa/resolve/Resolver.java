package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.RelationshipLink;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.SchemaText;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns a validated schema into the generation model: Java names and types, the owning side of each relationship,
 * and the pairs. Constructs the schema language accepts but this generator cannot emit yet are reported here.
 */
public final class Resolver {

    private final NamingStrategy naming;
    private final GeneratorOptions options;

    public Resolver(NamingStrategy naming, GeneratorOptions options) {
        this.naming = naming;
        this.options = options;
    }

    /**
     * The entities and enums of one schema file.
     *
     * @param packageOverride a package that replaces the schema's
     */
    public GenerationModel resolve(SchemaIndex index, Optional<String> packageOverride, Diagnostics diagnostics) {
        Optional<String> packageName = packageOverride.or(() -> index.schema().packageName().map(Located::value));
        if (packageName.isEmpty()) {
            diagnostics.error(index.schema().location(),
                    "no Java package: give the schema a 'package', or pass one to the generator");
            return new GenerationModel(List.of(), List.of());
        }
        if (packageOverride.isPresent() && !SourceVersion.isName(packageOverride.get())) {
            diagnostics.error(index.schema().location(),
                    "'" + packageOverride.get() + "', given as the Java package, is not a Java package name");
            return new GenerationModel(List.of(), List.of());
        }
        Optional<String> packageProblem = packageOverride.flatMap(JavaNames::packageProblem);
        if (packageProblem.isPresent()) {
            diagnostics.error(index.schema().location(), "'" + packageOverride.get() + "', given as the Java package,"
                    + " cannot be the package of generated classes: " + packageProblem.get());
            return new GenerationModel(List.of(), List.of());
        }
        String schemaFile = fileName(index.schema().file());
        ColumnResolver columns = new ColumnResolver(naming, new JavaTypes(options), packageName.get(), schemaFile);
        RelationshipResolver relationships =
                new RelationshipResolver(index, naming, columns, packageName.get(), diagnostics);
        List<EntityModel> entities = new ArrayList<>();
        List<EnumModel> enums = new ArrayList<>();
        Set<String> associationTables = relationships.secondaryTables();
        for (Table table : index.schema().tables()) {
            if (associationTables.contains(table.name())) {
                continue; // a secondary table is mapped by the @JoinTable of its many-to-many relationship
            }
            List<String> key = table.primaryKeyColumns();
            String entityName = index.entityName(table);
            ClassName className = ClassName.get(packageName.get(), entityName);
            List<RelationshipLink> owned = relationships.ownedLinks(table);
            Set<String> mappedByRelationships = new HashSet<>(RelationshipResolver.foreignKeyColumns(owned));
            mappedByRelationships.addAll(relationships.foreignKeysMappedFromOtherTables(table));
            Optional<String> sharedKey = relationships.sharedPrimaryKey(table);
            sharedKey.ifPresent(mappedByRelationships::remove); // the identifier stays a column; @MapsId fills it
            List<ColumnProperty> properties = new ArrayList<>();
            for (Column column : table.columns()) {
                if (mappedByRelationships.contains(column.name())) {
                    continue;
                }
                ColumnProperty property = columns.resolve(index, table, entityName, column, key.contains(column.name()));
                if (sharedKey.filter(column.name()::equals).isPresent()) {
                    property = property.derivedIdentifier();
                }
                columns.enumModel(entityName, column).ifPresent(enums::add);
                properties.add(property);
            }
            List<RelationshipProperty> relationshipProperties = relationships.resolve(table);
            Optional<Identifier> identifier = identifier(table, className, properties, relationshipProperties,
                    diagnostics);
            if (identifier.isEmpty()) {
                continue; // reported
            }
            entities.add(new EntityModel(
                    className,
                    table.customizable()
                            ? Optional.of(ClassName.get(packageName.get(), naming.baseClassName(entityName)))
                            : Optional.empty(),
                    table.name(),
                    naming.sqlIdentifier(table.name()),
                    schemaFile,
                    table.doc().map(SchemaText::javadoc),
                    identifier.get(),
                    properties,
                    relationshipProperties,
                    indexes(table),
                    uniqueConstraints(table)));
        }
        return new GenerationModel(entities, enums);
    }

    /**
     * The primary key: its one basic column, or an {@code @IdClass} whose parts are the key's basic columns and the
     * many-to-one relationships that map its foreign key columns. Empty when a single-column key is mapped by a
     * relationship that cannot share it.
     */
    private Optional<Identifier> identifier(Table table, ClassName className, List<ColumnProperty> properties,
            List<RelationshipProperty> relationshipProperties, Diagnostics diagnostics) {
        List<String> key = table.primaryKeyColumns();
        if (key.size() == 1) {
            Optional<Identifier> single = properties.stream().filter(ColumnProperty::id).findFirst()
                    .map(Identifier.Single::new);
            if (single.isEmpty()) {
                diagnostics.error(table.location(), "the primary key of table '" + table.name()
                        + "' is a foreign key that a many-to-one relationship maps; make the relationship one-to-one"
                        + " to share the key (kind: one_to_one, or uselist: false on the other side)");
            }
            return single;
        }
        List<Identifier.Part> parts = new ArrayList<>();
        for (String column : key) {
            Optional<ColumnProperty> basic = properties.stream()
                    .filter(property -> property.columnName().equals(column))
                    .findFirst();
            if (basic.isPresent()) {
                ColumnProperty property = basic.get();
                parts.add(new Identifier.Part(property.names(), property.javaType(), property.names().getter()));
                continue;
            }
            Optional<RelationshipProperty> mapping = relationshipProperties.stream()
                    .filter(r -> r.keyRole() == RelationshipProperty.KeyRole.PART)
                    .filter(r -> r.joinColumn().map(RelationshipProperty.JoinColumn::sqlName)
                            .filter(naming.sqlIdentifier(column)::equals).isPresent())
                    .findFirst();
            if (mapping.isEmpty()) {
                // mapped from the other table by a one-directional one-to-many, which cannot own part of this key
                diagnostics.error(table.primaryKey().map(Located::location).orElse(table.location()), "key column '"
                        + column + "' of table '" + table.name() + "' is a foreign key that only the other table's"
                        + " relationship maps; give table '" + table.name() + "' the many-to-one for it, paired with back_populates");
                return Optional.empty();
            }
            RelationshipProperty relationship = mapping.get();
            RelationshipProperty.JoinColumn join = relationship.joinColumn().orElseThrow();
            PropertyNames names = new PropertyNames(join.keyProperty().property(), relationship.names().field(),
                    join.keyProperty().getter(), join.keyProperty().setter());
            parts.add(new Identifier.Part(names, join.keyType(), join.keyProperty().getter()));
        }
        ClassName idClass = ClassName.get(className.packageName(), naming.idClassName(className.simpleName()));
        return Optional.of(new Identifier.Composite(idClass, parts));
    }

    private List<EntityModel.ConstraintModel> indexes(Table table) {
        List<EntityModel.ConstraintModel> indexes = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.index()) {
                indexes.add(new EntityModel.ConstraintModel(
                        naming.indexName(table.name(), List.of(column.name())), List.of(naming.sqlIdentifier(column.name()))));
            }
        }
        for (Table.NamedIndex index : table.indexes()) {
            indexes.add(new EntityModel.ConstraintModel(index.name(), sqlNames(index.columns())));
        }
        return indexes;
    }

    private List<EntityModel.ConstraintModel> uniqueConstraints(Table table) {
        List<EntityModel.ConstraintModel> constraints = new ArrayList<>();
        for (Column column : table.columns()) {
            if (column.unique()) {
                constraints.add(new EntityModel.ConstraintModel(naming.uniqueConstraintName(table.name(),
                        List.of(column.name())), List.of(naming.sqlIdentifier(column.name()))));
            }
        }
        for (Located<List<Located<String>>> unique : table.uniqueConstraints()) {
            List<String> names = unique.value().stream().map(Located::value).toList();
            constraints.add(new EntityModel.ConstraintModel(naming.uniqueConstraintName(table.name(), names),
                    sqlNames(unique.value())));
        }
        return constraints;
    }

    private List<String> sqlNames(List<Located<String>> columns) {
        return columns.stream().map(Located::value).map(naming::sqlIdentifier).toList();
    }

    /** The file name alone: generated code names its schema without any directory. */
    private static String fileName(String file) {
        String normalized = file.replace('\\', '/');
        return normalized.substring(normalized.lastIndexOf('/') + 1);
    }
}
