package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EntityModel;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * {@code equals} and {@code hashCode} that are safe for JPA: equal by identifier once it is set (read through the
 * getter, which a Hibernate proxy answers without loading), {@code instanceof} rather than {@code getClass()} so
 * that proxies compare equal, and a hash code that stays the same when the identifier is assigned on persist. Both
 * are final, so that a Hibernate proxy runs them itself instead of loading its entity to delegate to it: a proxy
 * from {@code getReference} goes into a {@code HashSet} and compares without a SELECT.
 */
final class IdentityEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<String> getters = entity.identifier().getters();
        CodeBlock.Builder equal = CodeBlock.builder();
        for (int i = 0; i < getters.size(); i++) {
            equal.add(i == 0 ? "$N() != null" : "\n&& $N() != null", getters.get(i));
        }
        for (String getter : getters) {
            equal.add(getters.size() == 1 ? " && $N().equals(that.$N())" : "\n&& $N().equals(that.$N())", getter, getter);
        }
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .beginControlFlow("if (this == other)")
                .addStatement("return true")
                .endControlFlow()
                .beginControlFlow("if (!(other instanceof $T that))", entity.className())
                .addStatement("return false")
                .endControlFlow()
                .addStatement("return $L", equal.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .returns(TypeName.INT)
                .addJavadoc("The same for every $L, so that it does not change when the identifier is assigned.\n",
                        entity.className().simpleName())
                .addStatement("return $T.class.hashCode()", entity.className())
                .build());
    }
}
