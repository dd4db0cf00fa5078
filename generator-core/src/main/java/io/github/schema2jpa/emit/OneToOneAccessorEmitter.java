package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.InverseOneToOne;
import io.github.schema2jpa.resolve.OneDirectionalInverseOneToOne;
import io.github.schema2jpa.resolve.RelationshipBasics;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Accessors of the side of a one-to-one without the foreign key, over a lazy list of at most one element. In a pair,
 * its setter goes through the owning side's setter, so every change of the pair goes through one place; the owning
 * side calls back the package-private attach and detach hooks. Alone, its setter replaces the list's element, and
 * Hibernate writes the key.
 *
 * @param naming the names of helpers and parameters
 */
record OneToOneAccessorEmitter(NamingStrategy naming) {

    List<MethodSpec> inverse(EntityModel entity, InverseOneToOne side) {
        RelationshipProperty.Partner partner = side.other();
        HelperNames helpers = naming.helperNames(side.singular());
        String field = side.names().field();
        String property = side.names().property();
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        String previous = previousLocal(field);
        MethodSpec setter = MethodSpec.methodBuilder(side.names().setter())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(side.target(), field)
                .addJavadoc("Sets the $L through its {@code $L(...)}, which keeps both sides in step: the previous\n"
                                + "$L loses its $L, and the new one leaves the $L it had.\n",
                        property, partner.names().setter(), property, partner.names().property(), self)
                .addJavadoc(!side.sharesKey() ? CodeBlock.of("")
                        : CodeBlock.of("\n<p>The $L shares this $L's identifier: to replace a persisted $L, set {@code null},\n"
                                + "flush, then set the new one.\n", property, self, property))
                .addStatement("$T $N = $N()", side.target(), previous, side.names().getter())
                .beginControlFlow("if ($N == $N)", previous, field)
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if ($N != null)", previous)
                .addStatement("$N.$N(null)", previous, partner.names().setter())
                .endControlFlow()
                .beginControlFlow("if ($N != null)", field)
                .addStatement("$N.$N($L)", field, partner.names().setter(), Types.self(entity))
                .endControlFlow()
                .build();
        MethodSpec attach = MethodSpec.methodBuilder(helpers.attach())
                .addJavadoc("Called by {@link $T#$N} only: takes the $L, and leaves the previous one without its $L.\n",
                        side.target(), partner.names().setter(), property, partner.names().property())
                .addParameter(side.target(), field)
                .addStatement("$T $N = $N()", side.target(), previous, side.names().getter())
                .addStatement("this.$N.clear()", field)
                .addStatement("this.$N.add($N)", field, field)
                .beginControlFlow("if ($N != null && $N != $N)", previous, previous, field)
                .addStatement("$N.$N(null)", previous, partner.names().setter())
                .endControlFlow()
                .build();
        return List.of(getter(entity, side.basics()), setter, attach, detach(entity, side, helpers));
    }

    List<MethodSpec> oneDirectional(EntityModel entity, OneDirectionalInverseOneToOne side) {
        String field = side.names().field();
        MethodSpec setter = MethodSpec.methodBuilder(side.names().setter())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(side.target(), field)
                .addJavadoc("Sets the $L. Only this side knows the relationship: the foreign key is written when\n"
                                + "this $L is flushed, and the previous $L's is cleared$L.\n", side.names().property(),
                        RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()),
                        side.names().property(), side.orphanRemoval() ? " (it is deleted: delete-orphan)" : "")
                .beginControlFlow("if ($N == $N())", field, side.names().getter())
                .addStatement("return")
                .endControlFlow()
                .addStatement("this.$N.clear()", field)
                .beginControlFlow("if ($N != null)", field)
                .addStatement("this.$N.add($N)", field, field)
                .endControlFlow()
                .build();
        return List.of(getter(entity, side.basics()), setter);
    }

    /** The parameter is named as the field: the local that holds the one before takes another name. */
    private static String previousLocal(String field) {
        return field.equals("previous") ? "before" : "previous";
    }

    private static MethodSpec getter(EntityModel entity, RelationshipBasics basics) {
        String field = basics.names().field();
        MethodSpec.Builder getter = RelationshipAccessorEmitter.getter(basics, basics.target());
        getter.addJavadoc("<p>Loaded lazily, on first touch, with one SELECT: the foreign key is in the other table, so\n"
                + "loading this $L loads nothing else.\n", RelationshipAccessorEmitter.lowerFirst(
                        entity.className().simpleName()));
        RelationshipAccessorEmitter.raiseGuard(entity, basics, getter,
                CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, field));
        return getter.addStatement("return this.$N.isEmpty() ? null : this.$N.get(0)", field, field).build();
    }

    private static MethodSpec detach(EntityModel entity, InverseOneToOne side, HelperNames helpers) {
        String field = side.names().field();
        // locals of the detach helper, named apart from its parameter
        String bag = field.equals("bag") ? "loaded" : "bag";
        String entry = field.equals("entry") ? "state" : "entry";
        return MethodSpec.methodBuilder(helpers.detach())
                .addJavadoc("Called by {@link $T#$N} only: lets go of the $L if it is this one.\n",
                        side.target(), side.other().names().setter(), side.names().property())
                .addJavadoc("Left as it is while this $L is being deleted: Hibernate may be cascading the delete\n"
                        + "over it.\n", RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()))
                .addParameter(side.target(), field)
                .beginControlFlow("if (this.$N instanceof $T<?> $N && $N.getSession() != null)", field,
                        ClassName.get("org.hibernate.collection.spi", "AbstractPersistentCollection"), bag, bag)
                .addStatement("$T $N = $N.getSession().getPersistenceContextInternal().getEntry(this)",
                        ClassName.get("org.hibernate.engine.spi", "EntityEntry"), entry, bag)
                .beginControlFlow("if ($N != null && $N.getStatus() == $T.DELETED)", entry, entry,
                        ClassName.get("org.hibernate.engine.spi", "Status"))
                .addStatement("return")
                .endControlFlow()
                .endControlFlow()
                .addStatement("this.$N.remove($N)", field, field)
                .build();
    }
}
