package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Client-side defaults, as SQLAlchemy's {@code Column(default=...)}: a {@code @PrePersist} callback fills every
 * column that has a default and no value when the entity is persisted.
 */
final class DefaultsEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<ColumnProperty> withDefaults =
                entity.columns().stream().filter(column -> column.defaultValue().isPresent()).toList();
        if (withDefaults.isEmpty()) {
            return;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.APPLY_DEFAULTS)
                .addAnnotation(Types.PRE_PERSIST)
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("Gives columns that have a default and no value their default, just before insert.\n");
        for (ColumnProperty column : withDefaults) {
            method.beginControlFlow("if ($N == null)", column.names().field())
                    .addStatement("$N = $L", column.names().field(), value(column))
                    .endControlFlow();
        }
        type.addMethod(method.build());
    }

    private static CodeBlock value(ColumnProperty column) {
        return ColumnDefaultExpression.of(column.defaultValue().orElseThrow(), column.javaType());
    }
}
