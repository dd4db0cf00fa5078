package io.github.schema2jpa.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EntityModel;

/** {@code @Entity} and {@code @Table}, with the table's indexes and unique constraints. */
final class TableAnnotationEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        if (entity.customizable()) {
            type.addAnnotation(Types.MAPPED_SUPERCLASS); // @Entity and @Table go on the user's class
            return;
        }
        type.addAnnotation(Types.ENTITY);
        type.addAnnotation(table(entity));
    }

    /** {@code @Table} with the table's name, indexes and unique constraints. */
    static AnnotationSpec table(EntityModel entity) {
        AnnotationSpec.Builder table = AnnotationSpec.builder(Types.TABLE).addMember("name", "$S", entity.sqlTableName());
        for (EntityModel.ConstraintModel index : entity.indexes()) {
            table.addMember("indexes", "$L", AnnotationSpec.builder(Types.INDEX)
                    .addMember("name", "$S", index.name())
                    .addMember("columnList", "$S", String.join(", ", index.columns()))
                    .build());
        }
        for (EntityModel.ConstraintModel unique : entity.uniqueConstraints()) {
            AnnotationSpec.Builder constraint = AnnotationSpec.builder(Types.UNIQUE_CONSTRAINT)
                    .addMember("name", "$S", unique.name());
            unique.columns().forEach(column -> constraint.addMember("columnNames", "$S", column));
            table.addMember("uniqueConstraints", "$L", constraint.build());
        }
        return table.build();
    }
}
