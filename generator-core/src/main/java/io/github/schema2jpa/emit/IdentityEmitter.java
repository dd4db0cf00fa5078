package io.github.schema2jpa.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EntityModel;
import javax.lang.model.element.Modifier;

/**
 * {@code equals} and {@code hashCode} that are safe for JPA: equal by identifier once it is set (read through the
 * getter, which a Hibernate proxy answers without loading), {@code instanceof} rather than {@code getClass()} so
 * that proxies compare equal, and a hash code that stays the same when the identifier is assigned on persist.
 */
final class IdentityEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        String getter = entity.id().names().getter();
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", entity.className())
                .addStatement("return false")
                .endControlFlow()
                .addStatement("return $N() != null && $N().equals(that.$N())", getter, getter, getter)
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addJavadoc("The same for every $L, so that it does not change when the identifier is assigned.\n",
                        entity.className().simpleName())
                .addStatement("return $T.class.hashCode()", entity.className())
                .build());
    }
}
