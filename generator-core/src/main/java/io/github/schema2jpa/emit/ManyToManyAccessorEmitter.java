package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Accessors of a many-to-many pair. The owning side (the one with the {@code @JoinTable}) links and unlinks, and
 * puts the change into the other side's set only when that set is loaded; the other side's helpers delegate to
 * the owning side, so every change goes through one place.
 */
final class ManyToManyAccessorEmitter {

    private final NamingStrategy naming;

    ManyToManyAccessorEmitter(NamingStrategy naming) {
        this.naming = naming;
    }

    void emit(EntityModel entity, RelationshipProperty relationship, TypeSpec.Builder type) {
        RelationshipProperty.Partner partner = relationship.partner().orElseThrow();
        ClassName target = relationship.target();
        String field = relationship.names().field();
        String element = naming.fieldName(relationship.singular());
        HelperNames helpers = naming.helperNames(relationship.singular());
        HelperNames partnerHelpers = naming.helperNames(partner.singular());
        String owner = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        String targetWord = RelationshipAccessorEmitter.lowerFirst(target.simpleName());

        MethodSpec.Builder getter = MethodSpec.methodBuilder(relationship.names().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Set.class), target));
        relationship.doc().ifPresent(doc -> getter.addJavadoc("$L\n\n", doc));
        getter.addJavadoc("<p>Loaded lazily, on first touch. The set keeps both sides in step: adding $L here\n"
                + "also adds this $L to its {@code $L()}, removing one removes it there.\n",
                RelationshipAccessorEmitter.withArticle(targetWord), owner, partner.names().getter());
        RelationshipAccessorEmitter.raiseGuard(entity, relationship, getter,
                com.palantir.javapoet.CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, field));
        type.addMethod(getter
                .addStatement("return new $T<>(() -> this.$N, $T.class, this::$N, this::$N)",
                        CollectionViewEmitter.setView(entity.className().packageName()), field, target,
                        helpers.add(), helpers.remove())
                .build());

        MethodSpec.Builder add = MethodSpec.methodBuilder(helpers.add())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(target, element)
                .addJavadoc("Links $L to this $L, on both sides.\n\n@return whether the link is new\n",
                        RelationshipAccessorEmitter.withArticle(targetWord), owner)
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, element, element);
        MethodSpec.Builder remove = MethodSpec.methodBuilder(helpers.remove())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(target, element)
                .addJavadoc("Unlinks $L from this $L, on both sides.\n\n@return whether they were linked\n",
                        RelationshipAccessorEmitter.withArticle(targetWord), owner);
        if (relationship.joinTable().isPresent()) {
            add.beginControlFlow("if (!this.$N.add($N))", field, element)
                    .addStatement("return false")
                    .endControlFlow()
                    .beginControlFlow("if ($T.isInitialized($N))", Types.HIBERNATE, element)
                    .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, element, target,
                            partnerHelpers.attach(), Types.self(entity))
                    .endControlFlow()
                    .addStatement("return true");
            remove.beginControlFlow("if ($N == null || !this.$N.remove($N))", element, field, element)
                    .addStatement("return false")
                    .endControlFlow()
                    .beginControlFlow("if ($T.isInitialized($N))", Types.HIBERNATE, element)
                    .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, element, target,
                            partnerHelpers.detach(), Types.self(entity))
                    .endControlFlow()
                    .addStatement("return true");
            type.addMethod(add.build()).addMethod(remove.build());
            type.addMethod(MethodSpec.methodBuilder(helpers.detach())
                    .addJavadoc("Called when $L is deleted only: takes it out of the set if the set is loaded, so\n"
                                    + "that nothing brings it back at flush; its link rows are deleted with it.\n",
                            RelationshipAccessorEmitter.withArticle(targetWord))
                    .addParameter(target, element)
                    .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                    .addStatement("this.$N.remove($N)", field, element)
                    .endControlFlow()
                    .build());
            return;
        }
        add.addStatement("return $N.$N($L)", element, partnerHelpers.add(), Types.self(entity));
        remove.addStatement("return $N != null && $N.$N($L)", element, element, partnerHelpers.remove(),
                Types.self(entity));
        type.addMethod(add.build()).addMethod(remove.build());
        type.addMethod(MethodSpec.methodBuilder(helpers.attach())
                .addJavadoc("Called by {@link $T#$N} only: adds $L to the set if it is loaded.\n",
                        target, partnerHelpers.add(), RelationshipAccessorEmitter.withArticle(targetWord))
                .addParameter(target, element)
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                .addStatement("this.$N.add($N)", field, element)
                .endControlFlow()
                .build());
        type.addMethod(MethodSpec.methodBuilder(helpers.detach())
                .addJavadoc("Called by {@link $T#$N} only: removes $L from the set if it is loaded.\n",
                        target, partnerHelpers.remove(), RelationshipAccessorEmitter.withArticle(targetWord))
                .addParameter(target, element)
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                .addStatement("this.$N.remove($N)", field, element)
                .endControlFlow()
                .build());
    }
}
