package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code toString} with the identifier and the basic columns: never an association, never a large value. */
final class ToStringEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<ColumnProperty> shown = entity.columns().stream().filter(column -> !column.isLarge()).toList();
        CodeBlock.Builder text = CodeBlock.builder().add("$S", entity.className().simpleName() + "{");
        for (int i = 0; i < shown.size(); i++) {
            ColumnProperty column = shown.get(i);
            String label = (i == 0 ? "" : ", ") + column.names().property() + "=";
            text.add("\n+ $S + $N", label, column.names().field());
        }
        text.add("\n+ $S", "}");
        type.addMethod(MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", text.build())
                .build());
    }
}
