package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.link.LinkedTable;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaFile;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.JavaText;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns a linked schema into the generation model: Java names and types of the entities, their columns and
 * relationships. Constructs the schema language accepts but this generator cannot emit yet are reported here.
 */
public final class Resolver {

    private final NamingStrategy naming;
    private final GeneratorOptions options;
    private final boolean packageRequired;

    public Resolver(NamingStrategy naming, GeneratorOptions options) {
        this(naming, options, true);
    }

    /**
     * @param packageRequired whether a schema without a package, when none is given, is an error; when not, its
     *     classes are checked as if they were in the unnamed package (for validation and diagrams, which write none)
     */
    public Resolver(NamingStrategy naming, GeneratorOptions options, boolean packageRequired) {
        this.naming = naming;
        this.options = options;
        this.packageRequired = packageRequired;
    }

    /**
     * The entities and enums of one linked schema file.
     *
     * @param packageOverride a package that replaces the schema's
     */
    public GenerationModel resolve(LinkedSchema schema, Optional<String> packageOverride, Diagnostics diagnostics) {
        Optional<String> packageName = packageName(schema.file(), packageOverride, diagnostics);
        if (packageName.isEmpty()) {
            return new GenerationModel(List.of(), List.of()); // reported
        }
        String schemaFile = fileName(schema.file().file());
        ColumnResolver columns = new ColumnResolver(naming, options, packageName.get(), schemaFile);
        RelationshipResolver relationships =
                new RelationshipResolver(schema, naming, columns, packageName.get(), diagnostics);
        List<EntityModel> entities = new ArrayList<>();
        List<EnumModel> enums = new ArrayList<>();
        // an association table is mapped by the @JoinTable of its many-to-many relationship, not as an entity
        for (LinkedTable table : schema.entityTables()) {
            ClassName className = ClassName.get(packageName.get(), table.entityName());
            List<ColumnProperty> properties = columnProperties(schema, table, columns, enums);
            List<RelationshipProperty> relationshipProperties = relationships.resolve(table);
            Optional<Identifier> identifier = identifier(table.table(), className, properties,
                    relationshipProperties, diagnostics);
            if (identifier.isEmpty()) {
                continue; // reported
            }
            entities.add(entity(table, className, schemaFile, identifier.get(), properties, relationshipProperties));
        }
        return new GenerationModel(entities, enums);
    }

    /** The package of the generated classes, or empty when there is none to use (reported). */
    private Optional<String> packageName(SchemaFile schema, Optional<String> packageOverride,
            Diagnostics diagnostics) {
        Optional<String> packageName = packageOverride.or(() -> schema.packageName().map(Located::value))
                .or(() -> packageRequired ? Optional.empty() : Optional.of(""));
        if (packageName.isEmpty()) {
            diagnostics.error(schema.location(),
                    "no Java package: give the schema a 'package', or pass one to the generator");
            return Optional.empty();
        }
        if (packageOverride.isPresent() && !SourceVersion.isName(packageOverride.get())) {
            diagnostics.error(schema.location(),
                    "'" + packageOverride.get() + "', given as the Java package, is not a Java package name");
            return Optional.empty();
        }
        Optional<String> packageProblem = packageOverride.flatMap(JavaNames::packageProblem);
        if (packageProblem.isPresent()) {
            diagnostics.error(schema.location(), "'" + packageOverride.get() + "', given as the Java package,"
                    + " cannot be the package of generated classes: " + packageProblem.get());
            return Optional.empty();
        }
        return packageName;
    }

    /**
     * The basic properties of a table: every column but the foreign keys that relationships map; a foreign key that
     * is the whole primary key and shared with a one-to-one stays, as the identifier that {@code @MapsId} fills.
     */
    private List<ColumnProperty> columnProperties(LinkedSchema schema, LinkedTable table, ColumnResolver columns,
            List<EnumModel> enums) {
        List<String> key = table.table().primaryKeyColumns();
        Set<String> mappedByRelationships = table.keysMappedByRelationships();
        Optional<String> sharedKey = table.sharedPrimaryKey();
        List<ColumnProperty> properties = new ArrayList<>();
        for (Column column : table.table().columns()) {
            boolean shared = sharedKey.filter(column.name()::equals).isPresent();
            if (mappedByRelationships.contains(column.name()) && !shared) {
                continue;
            }
            ColumnProperty property = columns.resolve(schema.index(), table.table(), table.entityName(), column,
                    key.contains(column.name()));
            properties.add(shared ? property.derivedIdentifier() : property);
            columns.enumModel(table.entityName(), column).ifPresent(enums::add);
        }
        return properties;
    }

    private EntityModel entity(LinkedTable linked, ClassName className, String schemaFile, Identifier identifier,
            List<ColumnProperty> properties, List<RelationshipProperty> relationshipProperties) {
        Table table = linked.table();
        return new EntityModel(
                className,
                table.customizable()
                        ? Optional.of(ClassName.get(className.packageName(), naming.baseClassName(linked.entityName())))
                        : Optional.empty(),
                table.name(),
                naming.sqlIdentifier(table.name()),
                schemaFile,
                table.doc().map(JavaText::javadoc),
                identifier,
                properties,
                relationshipProperties,
                indexes(table),
                uniqueConstraints(table));
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
                    .filter(r -> r.keyRole() == KeyRole.COMPOSITE_KEY_PART)
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
