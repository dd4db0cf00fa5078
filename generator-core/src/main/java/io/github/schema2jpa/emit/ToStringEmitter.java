package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.PropertyNames;
import java.util.List;
import javax.lang.model.element.Modifier;

/** {@code toString} with the identifier and the basic columns: never an association, never a large value. */
final class ToStringEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<PropertyNames> shown = entity.columns().stream()
                .filter(column -> !column.isLarge())
                .map(ColumnProperty::names)
                .toList();
        type.addMethod(method(entity.className().simpleName(), shown));
    }

    /** {@code Name{property=field, ...}} over the given fields. */
    static MethodSpec method(String name, List<PropertyNames> shown) {
        CodeBlock.Builder text = CodeBlock.builder().add("$S", name + "{");
        for (int i = 0; i < shown.size(); i++) {
            PropertyNames property = shown.get(i);
            text.add("\n+ $S + $N", (i == 0 ? "" : ", ") + property.property() + "=", property.field());
        }
        text.add("\n+ $S", "}");
        return MethodSpec.methodBuilder("toString")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(String.class)
                .addStatement("return $L", text.build())
                .build();
    }
}
