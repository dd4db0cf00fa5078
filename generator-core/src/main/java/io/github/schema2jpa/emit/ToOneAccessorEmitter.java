package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.resolve.ManyToOneSide;
import io.github.schema2jpa.resolve.OneDirectionalToOne;
import io.github.schema2jpa.resolve.OneToOneOwningSide;
import io.github.schema2jpa.resolve.PropertyNames;
import io.github.schema2jpa.resolve.RelationshipBasics;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.resolve.ToOneOwner;
import io.github.schema2jpa.schema.LoadingStrategy;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import javax.lang.model.element.Modifier;

/**
 * Accessors of the side that holds the foreign key of a to-one relationship: the getter, the setter, which in a pair
 * takes this entity out of the previous target's side (only if that is loaded) and puts it into the new one's, and
 * the getter of the key's value, read without loading the target.
 *
 * @param naming the names of helpers and parameters
 */
record ToOneAccessorEmitter(NamingStrategy naming) {

    /** The many-to-one side of a one-to-many pair: its setter moves this entity between the targets' collections. */
    List<MethodSpec> manyToOne(EntityModel entity, ManyToOneSide side) {
        return accessors(entity, side, setter -> moveBetweenCollections(entity, side, setter));
    }

    /** The side of a one-to-one pair with the key: its setter leaves the previous target and takes the new one. */
    List<MethodSpec> oneToOneOwning(EntityModel entity, OneToOneOwningSide side) {
        return accessors(entity, side, setter -> replaceOtherSide(entity, side, setter));
    }

    private void moveBetweenCollections(EntityModel entity, ManyToOneSide side, MethodSpec.Builder setter) {
        RelationshipProperty.Partner partner = side.other();
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        String property = side.names().property();
        setter.addJavadoc("Sets the $L, and keeps {@code $T.$L()} in step: this $L leaves the previous\n"
                        + "$L's collection and joins the new one's. A collection that is not loaded stays\n"
                        + "unloaded: Hibernate queues the addition, and when it loads, what has left it since is left\n"
                        + "out. Moving to another $L is not orphaning.$L\n",
                property, side.target(), partner.names().getter(), self, property, property,
                side.collectionDeletesOrphans() ? "\n\n<p>Setting none deletes this " + self + " on flush (delete-orphan):"
                        + " the previous\n" + property + "'s collection is loaded for that if it is not." : "");
        String previous = returnIfSame(side.basics(), setter);
        String field = side.names().field();
        if (side.collectionDeletesOrphans()) {
            // an orphan is deleted only if it leaves the collection, so load what it leaves (SQLAlchemy does not
            // see it either when the previous owner is not loaded; loading it is cheaper than failing)
            setter.beginControlFlow("if ($N != null\n$>$>&& ($T.isInitialized($N) || $N == null && $T.reachable($N)))$<$<",
                    previous, Types.HIBERNATE, previous, field,
                    CollectionViewEmitter.listView(entity.className().packageName()), previous);
        } else {
            setter.beginControlFlow("if ($N != null && $T.isInitialized($N))", previous, Types.HIBERNATE, previous);
        }
        setter.addStatement("$T.unproxy($N, $T.class).$N($L, $N != null)", Types.HIBERNATE, previous, side.target(),
                        naming.helperNames(partner.singular()).detach(), Types.self(entity), field)
                .endControlFlow();
        attach(entity, side.basics(), partner, setter);
    }

    private void replaceOtherSide(EntityModel entity, OneToOneOwningSide side, MethodSpec.Builder setter) {
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        String property = side.names().property();
        setter.addJavadoc("Sets the $L, and keeps {@code $T.$L()} in step: the previous $L no longer has\n"
                        + "this $L, and the $L the new $L had, if any, is left without $L.\n",
                property, side.target(), side.other().names().getter(), property, self, self, property,
                RelationshipAccessorEmitter.withArticle(property));
        String previous = returnIfSame(side.basics(), setter);
        setter.beginControlFlow("if ($N != null && $T.isInitialized($N))", previous, Types.HIBERNATE, previous)
                .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, previous, side.target(),
                        naming.helperNames(side.other().singular()).detach(), Types.self(entity))
                .endControlFlow();
        attach(entity, side.basics(), side.other(), setter);
    }

    /** A to-one only this side knows: its setter only sets the field. */
    List<MethodSpec> oneDirectional(EntityModel entity, OneDirectionalToOne side) {
        return accessors(entity, side, setter -> setter.addStatement("this.$N = $N", side.names().field(),
                side.names().field()));
    }

    /** Returns from the setter when the target does not change; the local that holds the previous target. */
    private static String returnIfSame(RelationshipBasics basics, MethodSpec.Builder setter) {
        String field = basics.names().field();
        String previous = field.equals("previous") ? "before" : "previous";
        setter.addStatement("$T $N = this.$N", basics.target(), previous, field)
                .beginControlFlow("if ($N == $N)", previous, field)
                .addStatement("return")
                .endControlFlow();
        return previous;
    }

    /** Sets the field and puts this entity into the new target's side if that is loaded. */
    private void attach(EntityModel entity, RelationshipBasics basics, RelationshipProperty.Partner partner,
            MethodSpec.Builder setter) {
        String field = basics.names().field();
        setter.addStatement("this.$N = $N", field, field)
                .beginControlFlow("if ($N != null && $T.isInitialized($N))", field, Types.HIBERNATE, field)
                .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, field, basics.target(),
                        naming.helperNames(partner.singular()).attach(), Types.self(entity))
                .endControlFlow();
    }

    private static List<MethodSpec> accessors(EntityModel entity, ToOneOwner side, Consumer<MethodSpec.Builder> body) {
        List<MethodSpec> methods = new ArrayList<>();
        methods.add(getter(entity, side.basics()));
        methods.add(setter(entity, side, body));
        if (side.key().role() != KeyRole.SHARED_PRIMARY_KEY) {
            RelationshipProperty.JoinColumn join = side.key().column();
            String field = side.names().field();
            methods.add(MethodSpec.methodBuilder(join.keyProperty().getter())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(join.keyType())
                    .addJavadoc("The $L's identifier, read without loading the $L.\n",
                            side.names().property(), side.names().property())
                    .addStatement("return this.$N == null ? null : this.$N.$N()", field, field, join.targetIdGetter())
                    .build());
        } // else the identifier's getter reads the shared key
        return methods;
    }

    private static MethodSpec getter(EntityModel entity, RelationshipBasics basics) {
        String field = basics.names().field();
        MethodSpec.Builder getter = RelationshipAccessorEmitter.getter(basics, basics.target());
        if (basics.loading() == LoadingStrategy.JOINED) {
            getter.addJavadoc("<p>Loaded together with this $L: in the same SELECT when it is found by its identifier;\n"
                    + "a query loads it with one more SELECT per $L unless the query says {@code join fetch}.\n",
                    RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()), basics.names().property());
        } else {
            getter.addJavadoc("<p>Loaded lazily: until it is touched this is a proxy that knows only its identifier.\n");
        }
        RelationshipAccessorEmitter.raiseGuard(entity, basics, getter, CodeBlock.of(
                "this.$N != null && !$T.isInitialized(this.$N)", field, Types.HIBERNATE, field));
        return getter.addStatement("return this.$N", field).build();
    }

    private static MethodSpec setter(EntityModel entity, ToOneOwner side, Consumer<MethodSpec.Builder> body) {
        PropertyNames names = side.names();
        ClassName target = side.target();
        String field = names.field();
        MethodSpec.Builder setter = MethodSpec.methodBuilder(names.setter())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(target, field);
        boolean shared = side.key().role() == KeyRole.SHARED_PRIMARY_KEY;
        if (shared && entity.identifier() instanceof Identifier.Single id) {
            String key = id.property().names().field();
            setter.beginControlFlow("if (this.$N != null && $N != null && !this.$N.equals($N.$N()))", key, field, key,
                            field, side.key().column().targetIdGetter())
                    .addStatement("throw new $T($S)", IllegalStateException.class, entity.className().simpleName() + "."
                            + names.property() + " gives " + entity.className().simpleName()
                            + " its primary key, which cannot change")
                    .endControlFlow();
        }
        IdClassEmitter.guardKeyPart(entity, side, setter);
        body.accept(setter);
        if (shared) {
            setter.addJavadoc("\n<p>The $L gives this $L its identifier, so once that is set it cannot move to another $L.\n"
                            + "\n@throws IllegalStateException if the identifier is set and {@code $N} has another\n",
                    names.property(), RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()),
                    names.property(), field);
        }
        return setter.build();
    }
}
