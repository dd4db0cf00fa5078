package io.github.schema2jpa.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.resolve.ToOneOwner;
import java.io.Serializable;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * A composite primary key: {@code @IdClass} on the entity, and the key class itself, a value with one field per
 * {@code @Id} attribute of the entity (named as the attribute; a relationship's part holds the referenced
 * identifier), equal by all of them, as Jakarta Persistence requires of a key class.
 */
final class IdClassEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        if (entity.identifier() instanceof Identifier.Composite composite) {
            type.addAnnotation(AnnotationSpec.builder(Types.ID_CLASS)
                    .addMember("value", "$T.class", composite.idClass())
                    .build());
        }
    }

    /**
     * The setter of a relationship that is part of the composite key refuses to move the entity to another object
     * once the part is set: Hibernate would fail only at flush ("identifier was altered"). Setting the same object
     * (or one with the same identifier), or {@code null} (leaving a delete-orphan collection), is allowed.
     */
    static void guardKeyPart(EntityModel entity, ToOneOwner relationship, MethodSpec.Builder setter) {
        if (relationship.key().role() != KeyRole.COMPOSITE_KEY_PART) {
            return;
        }
        String field = relationship.names().field();
        String idGetter = relationship.key().column().targetIdGetter();
        String self = entity.className().simpleName();
        String property = relationship.names().property();
        setter.addJavadoc("\n<p>The $L is part of this $L's primary key: once set, it cannot change to another one.\n"
                        + "\n@throws IllegalStateException if another $L is set already\n", property,
                        RelationshipAccessorEmitter.lowerFirst(self), property)
                .beginControlFlow("if (this.$N != null && $N != null && this.$N != $N\n$>$>&& ($N.$N() == null || !$N.$N().equals(this.$N.$N()))$<$<)",
                        field, field, field, field, field, idGetter, field, idGetter, field, idGetter)
                .addStatement("throw new $T($S)", IllegalStateException.class, self + "." + property
                        + " is part of the primary key of " + self + ", which cannot change: delete this " + self
                        + " and create a new one for the other " + property)
                .endControlFlow();
    }

    static TypeSpec keyClass(EntityModel entity, Identifier.Composite key) {
        TypeSpec.Builder type = TypeSpec.classBuilder(key.idClass())
                .addJavadoc("The primary key of {@link $T}: $L.\n", entity.className(),
                        String.join(", ", key.parts().stream().map(part -> part.names().property()).toList()))
                .addModifiers(Modifier.PUBLIC)
                .addSuperinterface(Serializable.class)
                .addField(FieldSpec.builder(long.class, JavaNames.SERIAL_VERSION_UID, Modifier.PRIVATE, Modifier.STATIC,
                        Modifier.FINAL).initializer("1L").build());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addJavadoc("A key of the given values.\n")
                .addModifiers(Modifier.PUBLIC);
        for (Identifier.Part part : key.parts()) {
            type.addField(part.type(), part.names().field(), Modifier.PRIVATE);
            constructor.addParameter(part.type(), part.names().field())
                    .addStatement("this.$N = $N", part.names().field(), part.names().field());
        }
        type.addMethod(MethodSpec.constructorBuilder()
                .addJavadoc("For Hibernate, which fills the fields.\n")
                .addModifiers(Modifier.PUBLIC)
                .build());
        type.addMethod(constructor.build());
        for (Identifier.Part part : key.parts()) {
            type.addMethod(MethodSpec.methodBuilder(part.names().getter())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(part.type())
                    .addStatement("return $N", part.names().field())
                    .build());
        }
        CodeBlock.Builder equal = CodeBlock.builder();
        CodeBlock.Builder fields = CodeBlock.builder();
        for (int i = 0; i < key.parts().size(); i++) {
            String field = key.parts().get(i).names().field();
            // this.: a part may be called like the parameter or the pattern variable
            equal.add(i == 0 ? "$T.equals(this.$N, that.$N)" : "\n&& $T.equals(this.$N, that.$N)", Objects.class,
                    field, field);
            fields.add(i == 0 ? "$N" : ", $N", field);
        }
        String simpleName = key.idClass().simpleName();
        type.addMethod(MethodSpec.methodBuilder("equals")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "other")
                .addStatement("return other instanceof $T that\n&& $L", key.idClass(), equal.build())
                .build());
        type.addMethod(MethodSpec.methodBuilder("hashCode")
                .addAnnotation(Override.class)
                .addModifiers(Modifier.PUBLIC)
                .returns(TypeName.INT)
                .addStatement("return $T.hash($L)", Objects.class, fields.build())
                .build());
        type.addMethod(ToStringEmitter.method(simpleName, key.parts().stream().map(Identifier.Part::names).toList()));
        return type.build();
    }
}
