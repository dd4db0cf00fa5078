package io.github.schema2jpa.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EntityModel;
import javax.lang.model.element.Modifier;

/** The public no-argument constructor that JPA needs and applications use. */
final class ConstructorEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        if (entity.customizable()) {
            type.addMethod(MethodSpec.constructorBuilder()
                    .addModifiers(Modifier.PROTECTED)
                    .addJavadoc("For {@link $T}, which extends this class.\n", entity.className())
                    .build());
            return;
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Creates a new, transient $L.\n", entity.className().simpleName())
                .build());
    }
}
