package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.ManyToManyInverseSide;
import io.github.schema2jpa.resolve.ManyToManyOwningSide;
import io.github.schema2jpa.resolve.RelationshipBasics;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.LinkedHashSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

    /** The kinds of unlinking, in the order the callback does them. */
    private enum Kind {
        /** The many-to-one side of a one-to-many pair leaves its parent's loaded collection. */
        PARENT,
        /** The side of a one-to-one pair with the key leaves the loaded other side. */
        ONE_TO_ONE_OWNER,
        /** The side of a many-to-many pair with the {@code @JoinTable} leaves the loaded sets of the other side. */
        OWNING_SET,
        /** The side without the {@code @JoinTable} leaves the loaded sets of the other side, and maps its link rows. */
        INVERSE_SET
    }

    /** What one relationship does in the callback, and the field it needs, if any. */
    private record Unlinking(Kind kind, CodeBlock code, Optional<FieldSpec> field) {
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        Map<Kind, List<Unlinking>> unlinkings = new EnumMap<>(Kind.class);
        RelationshipProperty.Visitor<Optional<Unlinking>> shapes = unlinkings(entity);
        for (RelationshipProperty relationship : entity.relationships()) {
            relationship.accept(shapes).ifPresent(unlinking ->
                    unlinkings.computeIfAbsent(unlinking.kind(), kind -> new ArrayList<>()).add(unlinking));
        }
        if (unlinkings.isEmpty()) {
            return;
        }
        MethodSpec.Builder method = callback(entity, unlinkings.keySet());
        for (List<Unlinking> ofKind : unlinkings.values()) {
            for (Unlinking unlinking : ofKind) {
                unlinking.field().ifPresent(type::addField);
                method.addCode(unlinking.code());
            }
        }
        type.addMethod(method.build());
    }

    private static MethodSpec.Builder callback(EntityModel entity, Set<Kind> kinds) {
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.UNLINK_BEFORE_REMOVE)
                .addAnnotation(Types.PRE_REMOVE)
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("Takes this $L out of the loaded collections of the other side before it is deleted, as\n"
                        + "SQLAlchemy does: a collection that still held it would bring it back at flush, and the delete\n"
                        + "would be undone.\n", self);
        if (kinds.contains(Kind.PARENT) || kinds.contains(Kind.OWNING_SET)) {
            method.addJavadoc("Collections and entities that are not loaded are left as they are: nothing is loaded for\n"
                    + "them.\n");
        }
        if (kinds.contains(Kind.ONE_TO_ONE_OWNER)) {
            method.addJavadoc("A loaded entity on the other side of a one-to-one lets go of it; that side holds it in a\n"
                    + "list of at most one, which is loaded for that if it is not (one SELECT).\n");
        }
        if (kinds.contains(Kind.INVERSE_SET)) {
            method.addJavadoc("Loads this $L's own set on the side without the association table (one SELECT) to know\n"
                    + "which sets may hold it; its link rows are deleted with the $L, by the mapping below, in one\n"
                    + "statement.\n", self, self);
        }
        if (kinds.contains(Kind.PARENT)) {
            method.addComment("it leaves a collection as a move does, not as an orphan: it is deleted anyway");
        }
        return method;
    }

    /** The unlinking of each shape, for one entity: none for the shapes that no loaded collection holds. */
    private RelationshipProperty.Visitor<Optional<Unlinking>> unlinkings(EntityModel entity) {
        return RelationshipProperty.Visitor.of(
                side -> unlinking(Kind.PARENT, leaveTarget(entity, side.basics(), side.other(), true)),
                side -> unlinking(Kind.ONE_TO_ONE_OWNER, leaveTarget(entity, side.basics(), side.other(), false)),
                side -> Optional.empty(),
                side -> Optional.empty(),
                side -> Optional.empty(),
                side -> Optional.empty(),
                side -> Optional.empty(),
                side -> unlinking(Kind.OWNING_SET, owningSet(entity, side)),
                side -> Optional.of(new Unlinking(Kind.INVERSE_SET, inverseSet(entity, side),
                        Optional.of(linkRows(entity, side)))),
                side -> Optional.empty());
    }

    private static Optional<Unlinking> unlinking(Kind kind, CodeBlock code) {
        return Optional.of(new Unlinking(kind, code, Optional.empty()));
    }

    /**
     * Lets the target, if it is loaded, let go of this entity: as a move ({@code true}) for a collection, so that
     * orphan removal does not see it leave.
     */
    private CodeBlock leaveTarget(EntityModel entity, RelationshipBasics basics, RelationshipProperty.Partner other,
            boolean asMove) {
        String field = basics.names().field();
        return CodeBlock.builder()
                .beginControlFlow("if (this.$N != null && $T.isInitialized(this.$N))", field, Types.HIBERNATE, field)
                .addStatement("$T.unproxy(this.$N, $T.class).$N($L$L)", Types.HIBERNATE, field, basics.target(),
                        naming.helperNames(other.singular()).detach(), Types.self(entity), asMove ? ", true" : "")
                .endControlFlow()
                .build();
    }

    private CodeBlock inverseSet(EntityModel entity, ManyToManyInverseSide side) {
        String element = naming.fieldName(side.singular());
        return CodeBlock.builder()
                .beginControlFlow("for ($T $N : this.$N)", side.target(), element, side.names().field())
                .addStatement("$N.$N($L)", element, naming.helperNames(side.other().singular()).detach(),
                        Types.self(entity))
                .endControlFlow()
                .build();
    }

    private CodeBlock owningSet(EntityModel entity, ManyToManyOwningSide side) {
        ClassName target = side.target();
        String field = side.names().field();
        String detach = naming.helperNames(side.other().singular()).detach();
        String element = naming.fieldName(side.singular());
        String held = element.equals(field) ? element + "_" : element;
        return CodeBlock.builder()
                .beginControlFlow("if ($T.isInitialized(this.$N))", Types.HIBERNATE, field)
                .beginControlFlow("for ($T $N : this.$N)", target, held, field)
                .beginControlFlow("if ($T.isInitialized($N))", Types.HIBERNATE, held)
                .addStatement("$T.unproxy($N, $T.class).$N($L)", Types.HIBERNATE, held, target, detach,
                        Types.self(entity))
                .endControlFlow()
                .endControlFlow()
                .nextControlFlow("else")
                .beginControlFlow("for ($T $N : $T.loadedInContextOf(this.$N, $T.class))", target, held,
                        CollectionViewEmitter.setView(entity.className().packageName()), field, target)
                .addStatement("$N.$N($L)", held, detach, Types.self(entity))
                .endControlFlow()
                .endControlFlow()
                .build();
    }

    private static FieldSpec linkRows(EntityModel entity, ManyToManyInverseSide side) {
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        return FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Set.class), side.target()),
                        side.names().field() + JavaNames.LINK_ROWS_SUFFIX, Modifier.PRIVATE)
                .initializer("new $T<>()", LinkedHashSet.class)
                .addJavadoc("The rows of {@code $L} that link this $L, mapped from this side only so that Hibernate\n"
                                + "deletes them with this $L. Never read or changed: {@link #$N()} is the relationship.\n",
                        side.associationTable().sqlName(), self, self, side.names().getter())
                .addAnnotation(Types.MANY_TO_MANY)
                .addAnnotation(JoinAnnotations.joinTable(side.associationTable()))
                .build();
    }
}
