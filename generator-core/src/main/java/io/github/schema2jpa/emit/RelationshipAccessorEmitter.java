package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.schema.LoadingStrategy;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.Modifier;

/**
 * Accessors that keep both sides of a back_populates pair in step, as SQLAlchemy does, without loading anything
 * that is not loaded yet:
 *
 * <ul>
 *   <li>the owning side's setter takes the element out of the previous parent's collection (only if that collection
 *       is loaded) and puts it into the new parent's (Hibernate queues the addition when the collection is not
 *       loaded);
 *   <li>the collection side's getter returns a {@code BackPopulatedList} view whose add and remove go through the
 *       owning side's setter, and {@code addX}/{@code removeX} helpers do the same.
 * </ul>
 */
final class RelationshipAccessorEmitter implements MemberEmitter {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName SET = ClassName.get(java.util.Set.class);

    private final NamingStrategy naming;
    private final ManyToManyAccessorEmitter manyToMany;
    private final OneToOneAccessorEmitter oneToOne;

    RelationshipAccessorEmitter(NamingStrategy naming) {
        this.naming = naming;
        this.manyToMany = new ManyToManyAccessorEmitter(naming);
        this.oneToOne = new OneToOneAccessorEmitter(naming);
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        for (RelationshipProperty relationship : entity.relationships()) {
            if (relationship.isManyToMany() && relationship.partner().isPresent()) {
                manyToMany.emit(entity, relationship, type);
            } else if (relationship.isOneToOneInverse()) {
                oneToOne.emitInverse(entity, relationship, type);
            } else if (relationship.isCollection() && relationship.partner().isEmpty()) {
                emitOneDirectionalCollection(entity, relationship, type);
            } else if (relationship.isCollection()) {
                emitCollectionSide(entity, relationship, type);
            } else {
                emitOwningSide(entity, relationship, type);
            }
        }
    }

    private void emitOwningSide(EntityModel entity, RelationshipProperty relationship, TypeSpec.Builder type) {
        String field = relationship.names().field();
        ClassName target = relationship.target();
        MethodSpec.Builder getter = MethodSpec.methodBuilder(relationship.names().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(target);
        relationship.doc().ifPresent(doc -> getter.addJavadoc("$L\n\n", doc));
        if (relationship.loading() == LoadingStrategy.JOINED) {
            getter.addJavadoc("<p>Loaded together with this $L: in the same SELECT when it is found by its identifier;\n"
                    + "a query loads it with one more SELECT per $L unless the query says {@code join fetch}.\n",
                    lowerFirst(entity.className().simpleName()), relationship.names().property());
        } else {
            getter.addJavadoc("<p>Loaded lazily: until it is touched this is a proxy that knows only its identifier.\n");
        }
        raiseGuard(entity, relationship, getter, CodeBlock.of("this.$N != null && !$T.isInitialized(this.$N)", field,
                Types.HIBERNATE, field));
        getter.addStatement("return this.$N", field);
        type.addMethod(getter.build());

        MethodSpec.Builder setter = MethodSpec.methodBuilder(relationship.names().setter())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(target, field);
        if (relationship.sharesPrimaryKey() && entity.identifier() instanceof Identifier.Single id) {
            String key = id.property().names().field();
            String idGetter = relationship.joinColumn().orElseThrow().targetIdGetter();
            setter.beginControlFlow("if (this.$N != null && $N != null && !this.$N.equals($N.$N()))", key, field, key, field,
                            idGetter)
                    .addStatement("throw new $T($S)", IllegalStateException.class, entity.className().simpleName() + "."
                            + relationship.names().property() + " gives " + entity.className().simpleName()
                            + " its primary key, which cannot change")
                    .endControlFlow();
        }
        IdClassEmitter.guardKeyPart(entity, relationship, setter);
        if (relationship.partner().isPresent()) {
            RelationshipProperty.Partner partner = relationship.partner().get();
            HelperNames helpers = naming.helperNames(partner.singular());
            String self = lowerFirst(entity.className().simpleName());
            if (partner.collection()) {
                setter.addJavadoc("Sets the $L, and keeps {@code $T.$L()} in step: this $L leaves the previous\n"
                                + "$L's collection and joins the new one's. A collection that is not loaded stays\n"
                                + "unloaded: Hibernate queues the addition, and when it loads, what has left it since is left\n"
                                + "out. Moving to another $L is not orphaning.$L\n",
                        relationship.names().property(), target, partner.names().getter(), self,
                        relationship.names().property(), relationship.names().property(),
                        partner.orphanRemoval() ? "\n\n<p>Setting none deletes this " + self + " on flush (delete-orphan):"
                                + " the previous\n" + relationship.names().property() + "'s collection is loaded for that"
                                + " if it is not." : "");
            } else {
                setter.addJavadoc("Sets the $L, and keeps {@code $T.$L()} in step: the previous $L no longer has\n"
                                + "this $L, and the $L the new $L had, if any, is left without $L.\n",
                        relationship.names().property(), target, partner.names().getter(),
                        relationship.names().property(), self, self, relationship.names().property(),
                        withArticle(relationship.names().property()));
            }
            String previous = field.equals("previous") ? "before" : "previous";
            setter.addStatement("$T $N = this.$N", target, previous, field)
                    .beginControlFlow("if ($N == $N)", previous, field)
                    .addStatement("return")
                    .endControlFlow();
            if (partner.collection() && partner.orphanRemoval()) {
                // an orphan is deleted only if it leaves the collection, so load what it leaves (SQLAlchemy does not
                // see it either when the previous owner is not loaded; loading it is cheaper than failing)
                setter.beginControlFlow("if ($N != null\n$>$>&& ($T.isInitialized($N) || $N == null && $T.reachable($N)))$<$<",
                                previous, Types.HIBERNATE, previous, field,
                                CollectionViewEmitter.listView(entity.className().packageName()), previous)
                        .addStatement("$T.unproxy($N, $T.class).$N($L, $N != null)", Types.HIBERNATE, previous, target,
                                helpers.detach(), Types.self(entity), field)
                        .endControlFlow();
            } else if (partner.collection()) {
                setter.beginControlFlow("if ($N != null && $T.isInitialized($N))", previous, Types.HIBERNATE, previous)
                        .addStatement("$T.unproxy($N, $T.class).$N($L, $N != null)", Types.HIBERNATE, previous, target,
                                helpers.detach(), Types.self(entity), field)
                        .endControlFlow();
            } else {
                setter.beginControlFlow("if ($N != null && $T.isInitialized($N))", previous, Types.HIBERNATE, previous)
                        .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, previous, target,
                                helpers.detach(), Types.self(entity))
                        .endControlFlow();
            }
            setter.addStatement("this.$N = $N", field, field)
                    .beginControlFlow("if ($N != null && $T.isInitialized($N))", field, Types.HIBERNATE, field)
                    .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, field, target, helpers.attach(),
                            Types.self(entity))
                    .endControlFlow();
        } else {
            setter.addStatement("this.$N = $N", field, field);
        }
        if (relationship.sharesPrimaryKey()) {
            setter.addJavadoc("\n<p>The $L gives this $L its identifier, so once that is set it cannot move to another $L.\n"
                            + "\n@throws IllegalStateException if the identifier is set and {@code $N} has another\n",
                    relationship.names().property(), lowerFirst(entity.className().simpleName()),
                    relationship.names().property(), field);
        }
        type.addMethod(setter.build());

        if (relationship.sharesPrimaryKey()) {
            return; // the identifier's getter reads the shared key
        }
        RelationshipProperty.JoinColumn join = relationship.joinColumn().orElseThrow();
        type.addMethod(MethodSpec.methodBuilder(join.keyProperty().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(join.keyType())
                .addJavadoc("The $L's identifier, read without loading the $L.\n",
                        relationship.names().property(), relationship.names().property())
                .addStatement("return this.$N == null ? null : this.$N.$N()", field, field, join.targetIdGetter())
                .build());
    }

    private void emitCollectionSide(EntityModel entity, RelationshipProperty relationship, TypeSpec.Builder type) {
        RelationshipProperty.Partner partner = relationship.partner().orElseThrow();
        ClassName target = relationship.target();
        ClassName view = CollectionViewEmitter.listView(entity.className().packageName());
        String field = relationship.names().field();
        String element = naming.fieldName(relationship.singular());
        String moved = element.equals("moved") ? "movedAway" : "moved";
        HelperNames helpers = naming.helperNames(relationship.singular());
        String loaded = relationship.loadedMethod();
        String owner = lowerFirst(entity.className().simpleName());

        MethodSpec.Builder getter = MethodSpec.methodBuilder(relationship.names().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(LIST, target));
        relationship.doc().ifPresent(doc -> getter.addJavadoc("$L\n\n", doc));
        getter.addJavadoc("<p>Loaded lazily, on first touch$L.\n"
                                + "The list keeps both sides in step: adding $L sets its $L to this $L, removing one\n"
                                + "clears it. Adding does not load a collection that is not loaded yet.\n",
                        relationship.orderBy().isEmpty() ? "" : ", ordered by {@code " + relationship.orderBy() + "}",
                        withArticle(lowerFirst(target.simpleName())), partner.names().property(), owner);
        raiseGuard(entity, relationship, getter, CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, field));
        getter.addStatement("return new $T<>(() -> this.$N, this::$N, $T.class, this::$N, this::$N)", view, field, loaded,
                target, helpers.add(), helpers.remove());
        type.addMethod(getter.build());

        MethodSpec.Builder load = MethodSpec.methodBuilder(loaded)
                .addModifiers(Modifier.PRIVATE)
                .returns(ParameterizedTypeName.get(LIST, target));
        if (partner.keyGetter().isPresent() && partner.referencedGetter().isPresent()) {
            load.addJavadoc("The collection, loaded if it was not, without what has left this $L since its rows were\n"
                            + "read.\n", owner)
                    .addStatement("return $T.loaded(this.$N, $N(), $T::$N, $T::$N)", view, field,
                            partner.referencedGetter().get(), target, partner.keyGetter().get(), target,
                            partner.names().getter());
        } else {
            load.addJavadoc("The collection, loaded if it was not.\n")
                    .addStatement("$T.initialize(this.$N)", Types.HIBERNATE, field)
                    .addStatement("return this.$N", field);
        }
        type.addMethod(load.build());

        type.addMethod(MethodSpec.methodBuilder(helpers.add())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(target, element)
                .addJavadoc("Adds $L to this $L: sets its $L, which puts it into {@link #$N()}.\n",
                        withArticle(lowerFirst(target.simpleName())), owner, partner.names().property(),
                        relationship.names().getter())
                .addStatement("$T.requireNonNull($N, $S)", Objects.class, element, element)
                .addStatement("$N.$N($L)", element, partner.names().setter(), Types.self(entity))
                .build());

        MethodSpec.Builder remove = MethodSpec.methodBuilder(helpers.remove())
                .addModifiers(Modifier.PUBLIC)
                .returns(boolean.class)
                .addParameter(target, element)
                .addJavadoc("Removes $L from this $L and clears its $L$L.\n\n"
                                + "@return whether the $L belonged to this $L\n",
                        withArticle(lowerFirst(target.simpleName())), owner, partner.names().property(),
                        relationship.orphanRemoval() ? "; the orphan is deleted on flush" : "",
                        lowerFirst(target.simpleName()), owner)
                .beginControlFlow("if ($N == null || !equals($N.$N()))", element, element, partner.names().getter())
                .addStatement("return false")
                .endControlFlow();
        if (partner.keyRole() != RelationshipProperty.KeyRole.NONE && !relationship.orphanRemoval()) {
            // clearing the partner would change the element's primary key, which Hibernate refuses at flush
            remove.addJavadoc("@throws UnsupportedOperationException if it belongs to this $L: its $L is part of its\n"
                            + "    primary key, so it cannot leave; delete it instead\n", owner, partner.names().property())
                    .addStatement("throw new $T($S)", UnsupportedOperationException.class, target.simpleName() + "."
                            + partner.names().property() + " is part of the primary key of " + target.simpleName()
                            + ": delete the " + target.simpleName() + " instead, or give '" + relationship.names().property()
                            + "' the cascade delete-orphan");
            type.addMethod(remove.build());
        } else {
            remove.addStatement("$N.$N(null)", element, partner.names().setter()).addStatement("return true");
            type.addMethod(remove.build());
        }

        type.addMethod(MethodSpec.methodBuilder(helpers.attach())
                .addJavadoc("Called by {@link $T#$N} only: puts $L into the collection; queued when it is not loaded,\n"
                                + "left to the database when it is neither loaded nor in an open persistence context\n"
                                + "(detached).\n",
                        target, partner.names().setter(), withArticle(lowerFirst(target.simpleName())))
                .addParameter(target, element)
                .beginControlFlow("if ($T.reachable(this.$N))", view, field)
                .addStatement("this.$N.add($N)", field, element)
                .endControlFlow()
                .build());
        MethodSpec.Builder detach = MethodSpec.methodBuilder(helpers.detach())
                .addJavadoc("Called by {@link $T#$N} only: takes $L out of the collection if it is loaded. One that\n"
                                + "moved to another $L is not an orphan.$L\n",
                        target, partner.names().setter(), withArticle(lowerFirst(target.simpleName())), owner,
                        relationship.orphanRemoval() ? " One left without " + owner + " is: the collection is loaded if"
                                + "\nit can be, so that orphan removal sees it leave (called before the " + lowerFirst(
                                target.simpleName()) + " lets go of this " + owner + ", as\nloading may set key parts"
                                + " again)." : "")
                .addParameter(target, element)
                .addParameter(boolean.class, moved)
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                .beginControlFlow("if ($N)", moved)
                .addStatement("$T.moved(this.$N, $N)", view, field, element)
                .nextControlFlow("else")
                .addStatement("this.$N.remove($N)", field, element)
                .endControlFlow();
        if (relationship.orphanRemoval()) {
            detach.nextControlFlow("else if (!$N && $T.reachable(this.$N))", moved, view, field)
                    .addStatement("$N().remove($N)", loaded, element);
        }
        type.addMethod(detach.endControlFlow().build());
    }

    /** The getter of a collection only this side knows: the collection itself, which Hibernate writes. */
    private void emitOneDirectionalCollection(EntityModel entity, RelationshipProperty relationship,
            TypeSpec.Builder type) {
        String field = relationship.names().field();
        MethodSpec.Builder getter = MethodSpec.methodBuilder(relationship.names().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(relationship.isManyToMany() ? SET : LIST, relationship.target()));
        relationship.doc().ifPresent(doc -> getter.addJavadoc("$L\n\n", doc));
        getter.addJavadoc("<p>Loaded lazily, on first touch$L. Only this side knows the relationship: what is added\n"
                        + "here is linked when the $L is flushed.\n",
                relationship.orderBy().isEmpty() ? "" : ", ordered by {@code " + relationship.orderBy() + "}",
                lowerFirst(entity.className().simpleName()));
        raiseGuard(entity, relationship, getter, CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, field));
        type.addMethod(getter.addStatement("return this.$N", field).build());
    }

    /**
     * SQLAlchemy's {@code lazy='raise'}: touching a relationship that is not loaded is an error instead of a
     * SELECT. JPA has no such mapping, so the getter checks.
     */
    static void raiseGuard(EntityModel entity, RelationshipProperty relationship, MethodSpec.Builder getter,
            CodeBlock notLoaded) {
        if (relationship.loading() != LoadingStrategy.RAISE) {
            return;
        }
        getter.addJavadoc("\n@throws IllegalStateException if it is not loaded: its loading strategy is {@code raise}\n")
                .beginControlFlow("if ($L)", notLoaded)
                .addStatement("throw new $T($S)", IllegalStateException.class, entity.className().simpleName() + "."
                        + relationship.names().property() + " is not loaded and its loading strategy is raise:"
                        + " fetch it with the query that loads the " + lowerFirst(entity.className().simpleName()))
                .endControlFlow();
    }

    /**
     * {@code a release}, {@code an award}, {@code a user}, {@code an update}: the indefinite article by the sound the
     * word most likely starts with, guessed from its spelling.
     */
    static String withArticle(String word) {
        String lower = word.toLowerCase(java.util.Locale.ROOT);
        boolean vowelSound = lower.matches("[aio].*|e(?!u).*|u(?![b-df-hj-np-tv-z][aeiou]).*") && !lower.startsWith("one");
        return (vowelSound ? "an " : "a ") + word;
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
