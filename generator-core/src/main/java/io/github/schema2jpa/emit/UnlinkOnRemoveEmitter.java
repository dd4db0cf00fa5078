package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * At flush, JPA's PERSIST cascade from a managed entity whose loaded collection still holds a removed entity makes
 * the removed entity managed again: the delete would be undone without a word. SQLAlchemy deletes it and takes it
 * out of the collections. So an entity that can be the element of a loaded collection of the other side gets one
 * {@code @PreRemove} that takes it out of those collections, and only of those that are loaded: it never loads a
 * collection of the other side, nor an entity.
 *
 * <ul>
 * <li>The many-to-one side of a one-to-many pair leaves its parent's collection if the parent and the collection are
 * loaded (as a move does, so that orphan removal does not see it leave: it is deleted anyway).
 * <li>The side of a one-to-one pair with the foreign key leaves the other side if that entity is loaded (the other
 * side maps it as a list of at most one, which this may load: one SELECT of this row).
 * <li>The side of a many-to-many pair with the {@code @JoinTable} leaves the sets of the other side that are loaded:
 * through its own set when that is loaded, else through the entities of the other side its persistence context
 * holds. Its link rows are deleted with it, by Hibernate or by the database's ON DELETE CASCADE.
 * <li>The side without the {@code @JoinTable} maps the association table once more, from its own end, as a collection
 * that no generated code reads or changes: Hibernate then deletes the entity's link rows when it deletes the entity,
 * with one statement and without loading a collection of the other side. With {@code ondelete} on the table's foreign
 * key to this side, {@code @OnDelete} leaves that to the database. It reads its own set (one SELECT, as SQLAlchemy
 * does) to know which sets of the other side may hold it.
 * </ul>
 */
final class UnlinkOnRemoveEmitter implements MemberEmitter {

    private final NamingStrategy naming;

    UnlinkOnRemoveEmitter(NamingStrategy naming) {
        this.naming = naming;
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<RelationshipProperty> parents = entity.relationships().stream()
                .filter(relationship -> !relationship.isCollection() && relationship.joinColumn().isPresent()
                        && relationship.partner().filter(RelationshipProperty.Partner::collection).isPresent())
                .toList();
        List<RelationshipProperty> oneToOneOwners = entity.relationships().stream()
                .filter(relationship -> !relationship.isCollection() && !relationship.keyInTarget()
                        && relationship.joinColumn().isPresent()
                        && relationship.partner().filter(partner -> !partner.collection()).isPresent())
                .toList();
        List<RelationshipProperty> owningSets = entity.relationships().stream()
                .filter(relationship -> relationship.isManyToMany() && relationship.joinTable().isPresent()
                        && relationship.partner().isPresent())
                .toList();
        List<RelationshipProperty> inverseSets = entity.relationships().stream()
                .filter(relationship -> relationship.linkRows().isPresent())
                .toList();
        if (parents.isEmpty() && oneToOneOwners.isEmpty() && owningSets.isEmpty() && inverseSets.isEmpty()) {
            return;
        }
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        String packageName = entity.className().packageName();
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.UNLINK_BEFORE_REMOVE)
                .addAnnotation(Types.PRE_REMOVE)
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("Takes this $L out of the loaded collections of the other side before it is deleted, as\n"
                        + "SQLAlchemy does: a collection that still held it would bring it back at flush, and the delete\n"
                        + "would be undone.\n", self);
        if (!parents.isEmpty() || !owningSets.isEmpty()) {
            method.addJavadoc("Collections and entities that are not loaded are left as they are: nothing is loaded for\n"
                    + "them.\n");
        }
        if (!oneToOneOwners.isEmpty()) {
            method.addJavadoc("A loaded entity on the other side of a one-to-one lets go of it; that side holds it in a\n"
                    + "list of at most one, which is loaded for that if it is not (one SELECT).\n");
        }
        if (!inverseSets.isEmpty()) {
            method.addJavadoc("Loads this $L's own set on the side without the association table (one SELECT) to know\n"
                    + "which sets may hold it; its link rows are deleted with the $L, by the mapping below, in one\n"
                    + "statement.\n", self, self);
        }
        if (!parents.isEmpty()) {
            method.addComment("it leaves a collection as a move does, not as an orphan: it is deleted anyway");
        }
        for (RelationshipProperty relationship : parents) {
            ClassName target = relationship.target();
            String field = relationship.names().field();
            HelperNames partnerHelpers = naming.helperNames(relationship.partner().orElseThrow().singular());
            method.beginControlFlow("if (this.$N != null && $T.isInitialized(this.$N))", field, Types.HIBERNATE,
                            field)
                    .addStatement("$T.unproxy(this.$N, $T.class).$N($L, true)", Types.HIBERNATE, field, target,
                            partnerHelpers.detach(), Types.self(entity))
                    .endControlFlow();
        }
        for (RelationshipProperty relationship : oneToOneOwners) {
            ClassName target = relationship.target();
            String field = relationship.names().field();
            HelperNames partnerHelpers = naming.helperNames(relationship.partner().orElseThrow().singular());
            method.beginControlFlow("if (this.$N != null && $T.isInitialized(this.$N))", field, Types.HIBERNATE,
                            field)
                    .addStatement("$T.unproxy(this.$N, $T.class).$N($L)", Types.HIBERNATE, field, target,
                            partnerHelpers.detach(), Types.self(entity))
                    .endControlFlow();
        }
        for (RelationshipProperty relationship : owningSets) {
            ClassName target = relationship.target();
            String field = relationship.names().field();
            HelperNames partnerHelpers = naming.helperNames(relationship.partner().orElseThrow().singular());
            String element = naming.fieldName(relationship.singular());
            String held = element.equals(field) ? element + "_" : element;
            method.beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                    .beginControlFlow("for ($T $N : this.$N)", target, held, field)
                    .beginControlFlow("if ($T.isInitialized($N))", Types.HIBERNATE, held)
                    .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, held, target,
                            partnerHelpers.detach(), Types.self(entity))
                    .endControlFlow()
                    .endControlFlow()
                    .nextControlFlow("else")
                    .beginControlFlow("for ($T $N : $T.loadedInContextOf(this.$N, $T.class))", target, held,
                            CollectionViewEmitter.setView(packageName), field, target)
                    .addStatement("$N.$N($L)", held, partnerHelpers.detach(), Types.self(entity))
                    .endControlFlow()
                    .endControlFlow();
        }
        for (RelationshipProperty relationship : inverseSets) {
            type.addField(linkRows(entity, relationship, relationship.linkRows().orElseThrow()));
            HelperNames partnerHelpers = naming.helperNames(relationship.partner().orElseThrow().singular());
            String element = naming.fieldName(relationship.singular());
            method.beginControlFlow("for ($T $N : this.$N)", relationship.target(), element,
                            relationship.names().field())
                    .addStatement("$N.$N($L)", element, partnerHelpers.detach(), Types.self(entity))
                    .endControlFlow();
        }
        type.addMethod(method.build());
    }

    private static FieldSpec linkRows(EntityModel entity, RelationshipProperty relationship,
            RelationshipProperty.JoinTable joinTable) {
        FieldSpec.Builder field = FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Set.class), relationship.target()),
                        relationship.names().field() + JavaNames.LINK_ROWS_SUFFIX, Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashSet.class)
                .addJavadoc("The rows of {@code $L} that link this $L, mapped from this side only so that Hibernate\n"
                                + "deletes them with this $L. Never read or changed: {@link #$N()} is the relationship.\n",
                        joinTable.sqlName(), RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()),
                        RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()),
                        relationship.names().getter())
                .addAnnotation(Types.MANY_TO_MANY)
                .addAnnotation(RelationshipFieldEmitter.joinTable(joinTable));
        return field.build();
    }
}
