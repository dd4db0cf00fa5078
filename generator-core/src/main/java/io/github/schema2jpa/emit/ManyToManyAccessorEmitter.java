package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.ManyToManyInverseSide;
import io.github.schema2jpa.resolve.ManyToManyOwningSide;
import io.github.schema2jpa.resolve.RelationshipBasics;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Accessors of a many-to-many pair. The owning side (the one with the {@code @JoinTable}) links and unlinks, and
 * puts the change into the other side's set only when that set is loaded; the other side's helpers delegate to
 * the owning side, so every change goes through one place.
 *
 * @param naming the names of helpers and parameters
 */
record ManyToManyAccessorEmitter(NamingStrategy naming) {

    /** The names one side's methods use. */
    private record Names(EntityModel entity, RelationshipBasics basics, RelationshipProperty.Partner partner,
            String element, HelperNames helpers, HelperNames partnerHelpers, String owner, String targetWord) {

        ClassName target() {
            return basics.target();
        }

        String field() {
            return basics.names().field();
        }
    }

    private Names names(EntityModel entity, RelationshipBasics basics, RelationshipProperty.Partner partner) {
        return new Names(entity, basics, partner, naming.fieldName(basics.singular()),
                naming.helperNames(basics.singular()), naming.helperNames(partner.singular()),
                RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()),
                RelationshipAccessorEmitter.lowerFirst(basics.target().simpleName()));
    }

    /** The side with the {@code @JoinTable}: its helpers change the set, and the other side's if that is loaded. */
    List<MethodSpec> owning(EntityModel entity, ManyToManyOwningSide side) {
        Names names = names(entity, side.basics(), side.other());
        String field = names.field();
        String element = names.element();
        MethodSpec add = changeBothSides(add(names), names, CodeBlock.of("!this.$N.add($N)", field, element),
                names.partnerHelpers().attach());
        MethodSpec remove = changeBothSides(remove(names), names,
                CodeBlock.of("$N == null || !this.$N.remove($N)", element, field, element),
                names.partnerHelpers().detach());
        MethodSpec detach = MethodSpec.methodBuilder(names.helpers().detach())
                .addJavadoc("Called when $L is deleted only: takes it out of the set if the set is loaded, so\n"
                                + "that nothing brings it back at flush; its link rows are deleted with it.\n",
                        RelationshipAccessorEmitter.withArticle(names.targetWord()))
                .addParameter(names.target(), element)
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                .addStatement("this.$N.remove($N)", field, element)
                .endControlFlow()
                .build();
        return List.of(getter(names), add, remove, detach);
    }

    /** The side without the {@code @JoinTable}: its helpers go through the other side's. */
    List<MethodSpec> inverse(EntityModel entity, ManyToManyInverseSide side) {
        Names names = names(entity, side.basics(), side.other());
        String element = names.element();
        HelperNames partnerHelpers = names.partnerHelpers();
        MethodSpec add = add(names)
                .addStatement("return $N.$N($L)", element, partnerHelpers.add(), Types.self(entity))
                .build();
        MethodSpec remove = remove(names)
                .addStatement("return $N != null && $N.$N($L)", element, element, partnerHelpers.remove(),
                        Types.self(entity))
                .build();
        MethodSpec attach = hook(names, names.helpers().attach(), partnerHelpers.add(), "adds $L to", "add");
        MethodSpec detach = hook(names, names.helpers().detach(), partnerHelpers.remove(), "removes $L from", "remove");
        return List.of(getter(names), add, remove, attach, detach);
    }

    /**
     * A hook of the side without the {@code @JoinTable} that the other side's helper calls: it changes the set
     * only if the set is loaded.
     */
    private static MethodSpec hook(Names names, String name, String caller, String does, String change) {
        return MethodSpec.methodBuilder(name)
                .addJavadoc("Called by {@link $T#$N} only: " + does + " the set if it is loaded.\n",
                        names.target(), caller, RelationshipAccessorEmitter.withArticle(names.targetWord()))
                .addParameter(names.target(), names.element())
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, names.field())
                .addStatement("this.$N.$L($N)", names.field(), change, names.element())
                .endControlFlow()
                .build();
    }

    /**
     * The body of the owning side's add or remove: nothing more when the set does not change, else the same change
     * on the other side, through its hook, if that entity is loaded.
     */
    private static MethodSpec changeBothSides(MethodSpec.Builder method, Names names, CodeBlock unchanged,
            String partnerHook) {
        return method.beginControlFlow("if ($L)", unchanged)
                .addStatement("return false")
                .endControlFlow()
                .beginControlFlow("if ($T.isInitialized($N))", Types.HIBERNATE, names.element())
                .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, names.element(), names.target(),
                        partnerHook, Types.self(names.entity()))
                .endControlFlow()
                .addStatement("return true")
                .build();
    }

    private static MethodSpec getter(Names names) {
        RelationshipBasics basics = names.basics();
        MethodSpec.Builder getter = RelationshipAccessorEmitter.getter(basics,
                ParameterizedTypeName.get(ClassName.get(Set.class), names.target()));
        getter.addJavadoc("<p>Loaded lazily, on first touch. The set keeps both sides in step: adding $L here\n"
                + "also adds this $L to its {@code $L()}, removing one removes it there.\n",
                RelationshipAccessorEmitter.withArticle(names.targetWord()), names.owner(),
                names.partner().names().getter());
        RelationshipAccessorEmitter.raiseGuard(names.entity(), basics, getter,
                CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, names.field()));
        return getter
                .addStatement("return new $T<>(() -> this.$N, $T.class, this::$N, this::$N)",
                        CollectionViewEmitter.setView(names.entity().className().packageName()), names.field(),
                        names.target(), names.helpers().add(), names.helpers().remove())
                .build();
    }

    private static MethodSpec.Builder add(Names names) {
        return MethodSpec.methodBuilder(names.helpers().add())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(names.target(), names.element())
                .addJavadoc("Links $L to this $L, on both sides.\n\n@return whether the link is new\n",
                        RelationshipAccessorEmitter.withArticle(names.targetWord()), names.owner())
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, names.element(), names.element());
    }

    private static MethodSpec.Builder remove(Names names) {
        return MethodSpec.methodBuilder(names.helpers().remove())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(names.target(), names.element())
                .addJavadoc("Unlinks $L from this $L, on both sides.\n\n@return whether they were linked\n",
                        RelationshipAccessorEmitter.withArticle(names.targetWord()), names.owner());
    }
}
