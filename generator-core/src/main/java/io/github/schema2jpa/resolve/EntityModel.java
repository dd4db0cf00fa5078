package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import java.util.List;
import java.util.Optional;

/**
 * One entity class.
 *
 * @param className the entity class, which other entities refer to
 * @param baseClass for a customizable table, the generated {@code @MappedSuperclass} that holds the mapping; the
 *     entity class then extends it and is created once for the user to edit
 * @param tableName the table, as in the database
 * @param sqlTableName the table as written in the mapping (quoted when it is a reserved word)
 * @param schemaFile the name of the schema file it comes from, for the header comment
 * @param doc Javadoc text, already escaped for a comment ({@link io.github.schema2jpa.text.JavaText#javadoc})
 * @param identifier the primary key: one column or several
 * @param columns the basic properties, identifier included, in schema order; foreign key columns that a
 *     relationship maps are not among them
 * @param relationships the relationship properties, in schema order
 * @param indexes indexes of the table
 * @param uniqueConstraints unique constraints of the table
 */
public record EntityModel(
        ClassName className,
        Optional<ClassName> baseClass,
        String tableName,
        String sqlTableName,
        String schemaFile,
        Optional<String> doc,
        Identifier identifier,
        List<ColumnProperty> columns,
        List<RelationshipProperty> relationships,
        List<ConstraintModel> indexes,
        List<ConstraintModel> uniqueConstraints) {

    /** The class that the generated file defines: the entity, or its base class when the table is customizable. */
    public ClassName generatedClass() {
        return baseClass.orElse(className);
    }

    /** Whether the entity class is the user's, extending a generated base class. */
    public boolean customizable() {
        return baseClass.isPresent();
    }

    public EntityModel {
        columns = List.copyOf(columns);
        relationships = List.copyOf(relationships);
        indexes = List.copyOf(indexes);
        uniqueConstraints = List.copyOf(uniqueConstraints);
    }

    /**
     * A named index or unique constraint.
     *
     * @param name its name in the database
     * @param columns the columns as written in the mapping
     */
    public record ConstraintModel(String name, List<String> columns) {

        public ConstraintModel {
            columns = List.copyOf(columns);
        }
    }
}
