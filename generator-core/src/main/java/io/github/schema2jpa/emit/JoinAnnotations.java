package io.github.schema2jpa.emit;

import com.palantir.javapoet.AnnotationSpec;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.Optional;

/** The {@code @JoinColumn} and {@code @JoinTable} annotations of relationship fields. */
final class JoinAnnotations {

    private JoinAnnotations() {
    }

    static AnnotationSpec joinTable(RelationshipProperty.JoinTable joinTable) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Types.JOIN_TABLE)
                .addMember("name", "$S", joinTable.sqlName())
                .addMember("joinColumns", "$L", foreignKeyColumn(joinTable.joinColumn(), joinTable.joinForeignKeyName(),
                        joinTable.joinForeignKeyDefinition()))
                .addMember("inverseJoinColumns", "$L", foreignKeyColumn(joinTable.inverseJoinColumn(),
                        joinTable.inverseForeignKeyName(), joinTable.inverseForeignKeyDefinition()));
        for (EntityModel.ConstraintModel unique : joinTable.uniqueConstraints()) {
            AnnotationSpec.Builder constraint = AnnotationSpec.builder(Types.UNIQUE_CONSTRAINT)
                    .addMember("name", "$S", unique.name());
            unique.columns().forEach(column -> constraint.addMember("columnNames", "$S", column));
            annotation.addMember("uniqueConstraints", "$L", constraint.build());
        }
        for (EntityModel.ConstraintModel index : joinTable.indexes()) {
            annotation.addMember("indexes", "$L", AnnotationSpec.builder(Types.INDEX)
                    .addMember("name", "$S", index.name())
                    .addMember("columnList", "$S", String.join(", ", index.columns()))
                    .build());
        }
        return annotation.build();
    }

    /**
     * A join column of an association table. A foreign key with an {@code ondelete} action carries its whole
     * definition, the one way the action reaches the DDL on Hibernate 6.6 as on 7 (6.6 leaves a collection's
     * {@code @OnDelete} out of it, and 7 would add the action a second time to a definition).
     */
    private static AnnotationSpec foreignKeyColumn(String column, String foreignKeyName, Optional<String> definition) {
        AnnotationSpec.Builder foreignKey = AnnotationSpec.builder(Types.FOREIGN_KEY).addMember("name", "$S", foreignKeyName);
        definition.ifPresent(text -> foreignKey.addMember("foreignKeyDefinition", "$S", text));
        return AnnotationSpec.builder(Types.JOIN_COLUMN)
                .addMember("name", "$S", column)
                .addMember("foreignKey", "$L", foreignKey.build())
                .build();
    }

    /** The join column of a foreign key that this side writes, with its named constraint. */
    static AnnotationSpec joinColumn(RelationshipProperty.JoinColumn join) {
        AnnotationSpec.Builder joinColumn = AnnotationSpec.builder(Types.JOIN_COLUMN).addMember("name", "$S", join.sqlName());
        join.referencedColumn().ifPresent(column -> joinColumn.addMember("referencedColumnName", "$S", column));
        if (!join.nullable()) {
            joinColumn.addMember("nullable", "false");
        }
        return joinColumn.addMember("foreignKey", "$L", AnnotationSpec.builder(Types.FOREIGN_KEY)
                        .addMember("name", "$S", join.foreignKeyName())
                        .build())
                .build();
    }

    /**
     * The join column of the side of a one-to-one without the key: in a pair, read-only and without a constraint of
     * its own (the other side writes the key and declares the constraint); alone, written here with its constraint.
     */
    static AnnotationSpec inverseJoinColumn(RelationshipProperty.JoinColumn join, boolean paired) {
        AnnotationSpec.Builder joinColumn = AnnotationSpec.builder(Types.JOIN_COLUMN).addMember("name", "$S", join.sqlName());
        join.referencedColumn().ifPresent(column -> joinColumn.addMember("referencedColumnName", "$S", column));
        if (paired) {
            joinColumn.addMember("insertable", "false")
                    .addMember("updatable", "false")
                    .addMember("foreignKey", "$L", AnnotationSpec.builder(Types.FOREIGN_KEY)
                            .addMember("value", "$T.NO_CONSTRAINT", Types.CONSTRAINT_MODE)
                            .build());
        } else {
            joinColumn.addMember("foreignKey", "$L", AnnotationSpec.builder(Types.FOREIGN_KEY)
                    .addMember("name", "$S", join.foreignKeyName())
                    .build());
        }
        return joinColumn.build();
    }
}
