package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import javax.lang.model.element.Modifier;

/**
 * Accessors of the side of a one-to-one without the foreign key, over a lazy list of at most one element. In a pair,
 * its setter goes through the owning side's setter, so every change of the pair goes through one place; the owning
 * side calls back the package-private attach and detach hooks. Alone, its setter replaces the list's element, and
 * Hibernate writes the key.
 */
final class OneToOneAccessorEmitter {

    private final NamingStrategy naming;

    OneToOneAccessorEmitter(NamingStrategy naming) {
        this.naming = naming;
    }

    void emitInverse(EntityModel entity, RelationshipProperty relationship, TypeSpec.Builder type) {
        ClassName target = relationship.target();
        String field = relationship.names().field();
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        String property = relationship.names().property();

        MethodSpec.Builder getter = MethodSpec.methodBuilder(relationship.names().getter())
                .addModifiers(Modifier.PUBLIC)
                .returns(target);
        relationship.doc().ifPresent(doc -> getter.addJavadoc("$L\n\n", doc));
        getter.addJavadoc("<p>Loaded lazily, on first touch, with one SELECT: the foreign key is in the other table, so\n"
                + "loading this $L loads nothing else.\n", self);
        RelationshipAccessorEmitter.raiseGuard(entity, relationship, getter,
                CodeBlock.of("!$T.isInitialized(this.$N)", Types.HIBERNATE, field));
        type.addMethod(getter
                .addStatement("return this.$N.isEmpty() ? null : this.$N.get(0)", field, field)
                .build());

        if (relationship.partner().isEmpty()) {
            type.addMethod(MethodSpec.methodBuilder(relationship.names().setter())
                    .addModifiers(Modifier.PUBLIC)
                    .addParameter(target, field)
                    .addJavadoc("Sets the $L. Only this side knows the relationship: the foreign key is written when\n"
                                    + "this $L is flushed, and the previous $L's is cleared$L.\n", property, self, property,
                            relationship.orphanRemoval() ? " (it is deleted: delete-orphan)" : "")
                    .beginControlFlow("if ($N == $N())", field, relationship.names().getter())
                    .addStatement("return")
                    .endControlFlow()
                    .addStatement("this.$N.clear()", field)
                    .beginControlFlow("if ($N != null)", field)
                    .addStatement("this.$N.add($N)", field, field)
                    .endControlFlow()
                    .build());
            return;
        }
        RelationshipProperty.Partner partner = relationship.partner().get();
        HelperNames helpers = naming.helperNames(relationship.singular());
        // the parameter is named as the field: the local that holds the one before takes another name
        String previous = field.equals("previous") ? "before" : "previous";
        type.addMethod(MethodSpec.methodBuilder(relationship.names().setter())
                .addModifiers(Modifier.PUBLIC)
                .addParameter(target, field)
                .addJavadoc("Sets the $L through its {@code $L(...)}, which keeps both sides in step: the previous\n"
                                + "$L loses its $L, and the new one leaves the $L it had.\n",
                        property, partner.names().setter(), property, partner.names().property(), self)
                .addJavadoc(partner.keyRole() != RelationshipProperty.KeyRole.SHARED ? CodeBlock.of("")
                        : CodeBlock.of("\n<p>The $L shares this $L's identifier: to replace a persisted $L, set {@code null},\n"
                                + "flush, then set the new one.\n", property, self, property))
                .addStatement("$T $N = $N()", target, previous, relationship.names().getter())
                .beginControlFlow("if ($N == $N)", previous, field)
                .addStatement("return")
                .endControlFlow()
                .beginControlFlow("if ($N != null)", previous)
                .addStatement("$N.$N(null)", previous, partner.names().setter())
                .endControlFlow()
                .beginControlFlow("if ($N != null)", field)
                .addStatement("$N.$N($L)", field, partner.names().setter(), Types.self(entity))
                .endControlFlow()
                .build());

        type.addMethod(MethodSpec.methodBuilder(helpers.attach())
                .addJavadoc("Called by {@link $T#$N} only: takes the $L, and leaves the previous one without its $L.\n",
                        target, partner.names().setter(), property, partner.names().property())
                .addParameter(target, field)
                .addStatement("$T $N = $N()", target, previous, relationship.names().getter())
                .addStatement("this.$N.clear()", field)
                .addStatement("this.$N.add($N)", field, field)
                .beginControlFlow("if ($N != null && $N != $N)", previous, previous, field)
                .addStatement("$N.$N(null)", previous, partner.names().setter())
                .endControlFlow()
                .build());
        // locals of the detach helper, named apart from its parameter
        String bag = field.equals("bag") ? "loaded" : "bag";
        String entry = field.equals("entry") ? "state" : "entry";
        type.addMethod(MethodSpec.methodBuilder(helpers.detach())
                .addJavadoc("Called by {@link $T#$N} only: lets go of the $L if it is this one.\n",
                        target, partner.names().setter(), property)
                .addJavadoc("Left as it is while this $L is being deleted: Hibernate may be cascading the delete\n"
                        + "over it.\n", self)
                .addParameter(target, field)
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
                .build());
    }
}
