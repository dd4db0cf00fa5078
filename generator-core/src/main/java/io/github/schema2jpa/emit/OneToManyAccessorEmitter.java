package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.OneToManySide;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Accessors of the collection side of a one-to-many pair: the getter returns a
 * {@value io.github.schema2jpa.naming.JavaNames#LIST_VIEW} view whose add and remove go through the other side's
 * setter, as {@code addX} and {@code removeX} do; the other side's setter calls back the package-private attach and
 * detach hooks.
 *
 * @param naming the names of helpers and parameters
 */
record OneToManyAccessorEmitter(NamingStrategy naming) {

    private static final ClassName LIST = ClassName.get(List.class);

    /** The names one collection side's methods use. */
    private record Names(EntityModel entity, OneToManySide side, ClassName view, String element, String owner,
            String targetWord, HelperNames helpers) {

        RelationshipProperty.Partner partner() {
            return side.other();
        }

        String field() {
            return side.names().field();
        }
    }

    List<MethodSpec> emit(EntityModel entity, OneToManySide side) {
        Names names = new Names(entity, side, CollectionViewEmitter.listView(entity.className().packageName()),
                naming.fieldName(side.singular()),
                RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()),
                RelationshipAccessorEmitter.lowerFirst(side.target().simpleName()),
                naming.helperNames(side.singular()));
        return List.of(getter(names), loaded(names), add(names), remove(names), attach(names), detach(names));
    }

    private static MethodSpec getter(Names names) {
        OneToManySide side = names.side();
        MethodSpec.Builder getter = RelationshipAccessorEmitter.getter(side.basics(),
                ParameterizedTypeName.get(LIST, side.target()));
        getter.addJavadoc("<p>Loaded lazily, on first touch$L.\n"
                        + "The list keeps both sides in step: adding $L sets its $L to this $L, removing one\n"
                        + "clears it. Adding does not load a collection that is not loaded yet.\n",
                RelationshipAccessorEmitter.orderedBy(side.orderBy()),
                RelationshipAccessorEmitter.withArticle(names.targetWord()), names.partner().names().property(),
                names.owner());
        RelationshipAccessorEmitter.raiseGuard(names.entity(), side.basics(), getter,
                CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, names.field()));
        return getter.addStatement("return new $T<>(() -> this.$N, this::$N, $T.class, this::$N, this::$N)",
                names.view(), names.field(), side.loadedMethod(), side.target(), names.helpers().add(),
                names.helpers().remove()).build();
    }

    private static MethodSpec loaded(Names names) {
        OneToManySide side = names.side();
        MethodSpec.Builder load = MethodSpec.methodBuilder(side.loadedMethod())
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(LIST, side.target()));
        if (side.elementKey().isPresent()) {
            OneToManySide.ElementKey key = side.elementKey().get();
            return load.addJavadoc("The collection, loaded if it was not, without what has left this $L since its rows were\n"
                            + "read.\n", names.owner())
                    .addStatement("return $T.loaded(this.$N, $N(), $T::$N, $T::$N)", names.view(), names.field(),
                            key.referencedGetter(), side.target(), key.keyGetter(), side.target(),
                            names.partner().names().getter())
                    .build();
        }
        return load.addJavadoc("The collection, loaded if it was not.\n")
                .addStatement("$T.initialize(this.$N)", Types.HIBERNATE, names.field())
                .addStatement("return this.$N", names.field())
                .build();
    }

    private static MethodSpec add(Names names) {
        OneToManySide side = names.side();
        return MethodSpec.methodBuilder(names.helpers().add())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(side.target(), names.element())
                .addJavadoc("Adds $L to this $L: sets its $L, which puts it into {@link #$N()}.\n",
                        RelationshipAccessorEmitter.withArticle(names.targetWord()), names.owner(),
                        names.partner().names().property(), side.names().getter())
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, names.element(), names.element())
                .addStatement("$N.$N($L)", names.element(), names.partner().names().setter(), Types.self(names.entity()))
                .build();
    }

    private static MethodSpec remove(Names names) {
        OneToManySide side = names.side();
        RelationshipProperty.Partner partner = names.partner();
        String element = names.element();
        MethodSpec.Builder remove = MethodSpec.methodBuilder(names.helpers().remove())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(side.target(), element)
                .addJavadoc("Removes $L from this $L and clears its $L$L.\n\n"
                                + "@return whether the $L belonged to this $L\n",
                        RelationshipAccessorEmitter.withArticle(names.targetWord()), names.owner(),
                        partner.names().property(), side.orphanRemoval() ? "; the orphan is deleted on flush" : "",
                        names.targetWord(), names.owner())
                .beginControlFlow("if ($N == null || !equals($N.$N()))", element, element, partner.names().getter())
                .addStatement("return false")
                .endControlFlow();
        if (side.otherKeyRole() == KeyRole.PLAIN || side.orphanRemoval()) {
            return remove.addStatement("$N.$N(null)", element, partner.names().setter())
                    .addStatement("return true")
                    .build();
        }
        // clearing the partner would change the element's primary key, which Hibernate refuses at flush
        String target = side.target().simpleName();
        return remove.addJavadoc("@throws UnsupportedOperationException if it belongs to this $L: its $L is part of its\n"
                        + "    primary key, so it cannot leave; delete it instead\n", names.owner(), partner.names().property())
                .addStatement("throw new $T($S)", UnsupportedOperationException.class, target + "."
                        + partner.names().property() + " is part of the primary key of " + target
                        + ": delete the " + target + " instead, or give '" + side.names().property()
                        + "' the cascade delete-orphan")
                .build();
    }

    private static MethodSpec attach(Names names) {
        OneToManySide side = names.side();
        return MethodSpec.methodBuilder(names.helpers().attach())
                .addJavadoc("Called by {@link $T#$N} only: puts $L into the collection; queued when it is not loaded,\n"
                                + "left to the database when it is neither loaded nor in an open persistence context\n"
                                + "(detached).\n",
                        side.target(), names.partner().names().setter(),
                        RelationshipAccessorEmitter.withArticle(names.targetWord()))
                .addParameter(side.target(), names.element())
                .beginControlFlow("if ($T.reachable(this.$N))", names.view(), names.field())
                .addStatement("this.$N.add($N)", names.field(), names.element())
                .endControlFlow()
                .build();
    }

    private static MethodSpec detach(Names names) {
        OneToManySide side = names.side();
        String element = names.element();
        String field = names.field();
        String moved = element.equals("moved") ? "movedAway" : "moved";
        MethodSpec.Builder detach = MethodSpec.methodBuilder(names.helpers().detach())
                .addJavadoc("Called by {@link $T#$N} only: takes $L out of the collection if it is loaded. One that\n"
                                + "moved to another $L is not an orphan.$L\n",
                        side.target(), names.partner().names().setter(),
                        RelationshipAccessorEmitter.withArticle(names.targetWord()), names.owner(),
                        side.orphanRemoval() ? " One left without " + names.owner() + " is: the collection is loaded"
                                + " if\nit can be, so that orphan removal sees it leave (called before the "
                                + names.targetWord() + " lets go of this " + names.owner() + ", as\nloading may set key"
                                + " parts again)." : "")
                .addParameter(side.target(), element)
                .addParameter(boolean.class, moved)
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                .beginControlFlow("if ($N)", moved)
                .addStatement("$T.moved(this.$N, $N)", names.view(), field, element)
                .nextControlFlow("else")
                .addStatement("this.$N.remove($N)", field, element)
                .endControlFlow();
        if (side.orphanRemoval()) {
            detach.nextControlFlow("else if (!$N && $T.reachable(this.$N))", moved, names.view(), field)
                    .addStatement("$N().remove($N)", side.loadedMethod(), element);
        }
        return detach.endControlFlow().build();
    }
}
