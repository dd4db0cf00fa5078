package io.github.schema2jpa.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.schema.IdGeneration;
import javax.lang.model.element.Modifier;

/**
 * JavaBeans getters and setters of basic columns. Values that the persistence provider assigns (a generated
 * identifier, the version) have no setter.
 */
final class ColumnAccessorEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        for (ColumnProperty column : entity.columns()) {
            MethodSpec.Builder getter = MethodSpec.methodBuilder(column.names().getter())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(column.javaType())
                    .addStatement("return $N", column.names().field());
            column.doc().ifPresent(doc -> getter.addJavadoc("$L\n", doc));
            type.addMethod(getter.build());
            if (hasSetter(column)) {
                type.addMethod(MethodSpec.methodBuilder(column.names().setter())
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(column.javaType(), column.names().field())
                        .addStatement("this.$N = $N", column.names().field(), column.names().field())
                        .build());
            }
        }
    }

    private static boolean hasSetter(ColumnProperty column) {
        boolean generatedId = column.id() && column.generation().map(g -> g != IdGeneration.ASSIGNED).orElse(true);
        return !generatedId && !column.version();
    }
}
