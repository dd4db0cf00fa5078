package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Ordering;
import io.github.schema2jpa.resolve.RelationshipBasics;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.schema.LoadingStrategy;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The accessors of every relationship, by its shape, keeping both sides of a back_populates pair in step as
 * SQLAlchemy does, without loading anything that is not loaded yet: {@link ToOneAccessorEmitter} for the side with
 * the key of a to-one, {@link OneToManyAccessorEmitter} for the collection of a one-to-many pair,
 * {@link OneToOneAccessorEmitter} for the side of a one-to-one without the key, {@link ManyToManyAccessorEmitter}
 * for a many-to-many pair; a collection only one side knows has its getter alone.
 */
final class RelationshipAccessorEmitter implements MemberEmitter {

    private final ToOneAccessorEmitter toOne;
    private final OneToManyAccessorEmitter oneToMany;
    private final OneToOneAccessorEmitter oneToOne;
    private final ManyToManyAccessorEmitter manyToMany;

    RelationshipAccessorEmitter(NamingStrategy naming) {
        this.toOne = new ToOneAccessorEmitter(naming);
        this.oneToMany = new OneToManyAccessorEmitter(naming);
        this.oneToOne = new OneToOneAccessorEmitter(naming);
        this.manyToMany = new ManyToManyAccessorEmitter(naming);
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        RelationshipProperty.Visitor<List<MethodSpec>> accessors = RelationshipProperty.Visitor.of(
                side -> toOne.manyToOne(entity, side),
                side -> toOne.oneToOneOwning(entity, side),
                side -> toOne.oneDirectional(entity, side),
                side -> oneToMany.emit(entity, side),
                side -> List.of(oneDirectionalCollection(entity, side.basics(), side.orderBy(), List.class)),
                side -> oneToOne.inverse(entity, side),
                side -> oneToOne.oneDirectional(entity, side),
                side -> manyToMany.owning(entity, side),
                side -> manyToMany.inverse(entity, side),
                side -> List.of(oneDirectionalCollection(entity, side.basics(), side.orderBy(), Set.class)));
        for (RelationshipProperty relationship : entity.relationships()) {
            type.addMethods(relationship.accept(accessors));
        }
    }

    /** The getter of a collection only this side knows: the collection itself, which Hibernate writes. */
    private static MethodSpec oneDirectionalCollection(EntityModel entity, RelationshipBasics basics,
            List<Ordering> orderBy, Class<?> collection) {
        String field = basics.names().field();
        MethodSpec.Builder getter = getter(basics,
                ParameterizedTypeName.get(ClassName.get(collection), basics.target()));
        getter.addJavadoc("<p>Loaded lazily, on first touch$L. Only this side knows the relationship: what is added\n"
                        + "here is linked when the $L is flushed.\n",
                orderedBy(orderBy), lowerFirst(entity.className().simpleName()));
        raiseGuard(entity, basics, getter, CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, field));
        return getter.addStatement("return this.$N", field).build();
    }

    /** A relationship's getter, with the relationship's own Javadoc first. */
    static MethodSpec.Builder getter(RelationshipBasics basics, TypeName returns) {
        MethodSpec.Builder getter = MethodSpec.methodBuilder(basics.names().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(returns);
        basics.doc().ifPresent(doc -> getter.addJavadoc("$L\n\n", doc));
        return getter;
    }

    /** The order a collection loads in, for its getter's Javadoc: {@code , ordered by {@code majorVer DESC}}. */
    static String orderedBy(List<Ordering> orderBy) {
        if (orderBy.isEmpty()) {
            return "";
        }
        return ", ordered by {@code " + orderBy.stream()
                .map(term -> term.property() + " " + term.direction().name())
                .collect(Collectors.joining(", ")) + "}";
    }

    /**
     * SQLAlchemy's {@code lazy='raise'}: touching a relationship that is not loaded is an error instead of a
     * SELECT. JPA has no such mapping, so the getter checks.
     */
    static void raiseGuard(EntityModel entity, RelationshipBasics basics, MethodSpec.Builder getter,
            CodeBlock notLoaded) {
        if (basics.loading() != LoadingStrategy.RAISE) {
            return;
        }
        getter.addJavadoc("\n@throws IllegalStateException if it is not loaded: its loading strategy is {@code raise}\n")
                .beginControlFlow("if ($L)", notLoaded)
                .addStatement("throw new $T($S)", IllegalStateException.class, entity.className().simpleName() + "."
                        + basics.names().property() + " is not loaded and its loading strategy is raise:"
                        + " fetch it with the query that loads the " + lowerFirst(entity.className().simpleName()))
                .endControlFlow();
    }

    /**
     * {@code a release}, {@code an award}, {@code a user}, {@code an update}: the indefinite article by the sound the
     * word most likely starts with, guessed from its spelling.
     */
    static String withArticle(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        boolean vowelSound = lower.matches("[aio].*|e(?!u).*|u(?![b-df-hj-np-tv-z][aeiou]).*") && !lower.startsWith("one");
        return (vowelSound ? "an " : "a ") + word;
    }

    static String lowerFirst(String name) {
        return name.isEmpty() ? name : Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }
}
