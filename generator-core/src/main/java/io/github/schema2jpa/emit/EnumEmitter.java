package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EnumModel;
import javax.lang.model.element.Modifier;

/** A Java enum per enum column; the column stores the constant's name. */
final class EnumEmitter {

    TypeSpec emit(EnumModel model) {
        TypeSpec.Builder type = TypeSpec.enumBuilder(model.className())
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Values of an enum column, stored by name.\n");
        model.constants().forEach(type::addEnumConstant);
        return type.build();
    }
}
