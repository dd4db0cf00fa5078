package io.github.schema2jpa.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.InverseOneToOne;
import io.github.schema2jpa.resolve.JpaCascade;
import io.github.schema2jpa.resolve.ManyToManyInverseSide;
import io.github.schema2jpa.resolve.ManyToManyOwningSide;
import io.github.schema2jpa.resolve.ManyToOneSide;
import io.github.schema2jpa.resolve.OneDirectionalInverseOneToOne;
import io.github.schema2jpa.resolve.OneDirectionalManyToMany;
import io.github.schema2jpa.resolve.OneDirectionalOneToMany;
import io.github.schema2jpa.resolve.OneDirectionalToOne;
import io.github.schema2jpa.resolve.OneToManySide;
import io.github.schema2jpa.resolve.OneToOneOwningSide;
import io.github.schema2jpa.resolve.Ordering;
import io.github.schema2jpa.resolve.RelationshipBasics;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.resolve.ToOneOwner;
import io.github.schema2jpa.schema.LoadingStrategy;
import io.github.schema2jpa.schema.ReferentialAction;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * One private field per relationship: a lazy {@code @ManyToOne} or {@code @OneToOne} with its join column on the side
 * with the key, an initialised list or set on a collection side, a lazy list of at most one element on the side of a
 * one-to-one without the key.
 */
final class RelationshipFieldEmitter implements MemberEmitter, RelationshipProperty.Visitor<FieldSpec> {

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    private static final ClassName SET = ClassName.get(Set.class);
    private static final ClassName LINKED_HASH_SET = ClassName.get(LinkedHashSet.class);

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        for (RelationshipProperty relationship : entity.relationships()) {
            type.addField(relationship.accept(this));
        }
    }

    @Override
    public FieldSpec manyToOne(ManyToOneSide side) {
        // JPA's orphanRemoval exists on @OneToOne, not @ManyToOne: with single_parent the target has one parent anyway
        return reference(side, side.orphanRemoval());
    }

    @Override
    public FieldSpec oneToOneOwning(OneToOneOwningSide side) {
        return reference(side, true);
    }

    @Override
    public FieldSpec oneDirectionalToOne(OneDirectionalToOne side) {
        return reference(side, side.oneToOne() || side.orphanRemoval());
    }

    @Override
    public FieldSpec oneToMany(OneToManySide side) {
        return list(side.basics(), Optional.of(side.other().names().field()), Optional.empty(), side.orphanRemoval(),
                side.passiveDeletes(), side.orderBy());
    }

    @Override
    public FieldSpec oneDirectionalOneToMany(OneDirectionalOneToMany side) {
        return list(side.basics(), Optional.empty(), Optional.of(side.keyColumn()), side.orphanRemoval(),
                side.passiveDeletes(), side.orderBy());
    }

    @Override
    public FieldSpec inverseOneToOne(InverseOneToOne side) {
        return oneToOneInverse(side.basics(), side.keyColumn(), side.orphanRemoval(), true);
    }

    @Override
    public FieldSpec oneDirectionalInverseOneToOne(OneDirectionalInverseOneToOne side) {
        return oneToOneInverse(side.basics(), side.keyColumn(), side.orphanRemoval(), false);
    }

    @Override
    public FieldSpec manyToManyOwning(ManyToManyOwningSide side) {
        return setWithJoinTable(side.basics(), side.joinTable(), side.orderBy());
    }

    @Override
    public FieldSpec manyToManyInverse(ManyToManyInverseSide side) {
        return collection(side.basics(), true, Optional.of(side.other().names().field()), false)
                .addAnnotations(loading(side.basics()))
                .addAnnotations(orderBy(side.orderBy()))
                .build();
    }

    @Override
    public FieldSpec oneDirectionalManyToMany(OneDirectionalManyToMany side) {
        return setWithJoinTable(side.basics(), side.joinTable(), side.orderBy());
    }

    /** The list of a one-to-many: mapped by the other side's key, or by the key in the target's table. */
    private static FieldSpec list(RelationshipBasics basics, Optional<String> mappedBy,
            Optional<RelationshipProperty.JoinColumn> keyColumn, boolean orphanRemoval, boolean passiveDeletes,
            List<Ordering> orderBy) {
        return collection(basics, false, mappedBy, orphanRemoval)
                .addAnnotations(keyColumn.map(JoinAnnotations::joinColumn).stream().toList())
                .addAnnotations(loading(basics))
                .addAnnotations(passiveDeletes(passiveDeletes))
                .addAnnotations(orderBy(orderBy))
                .build();
    }

    private static FieldSpec setWithJoinTable(RelationshipBasics basics, RelationshipProperty.JoinTable joinTable,
            List<Ordering> orderBy) {
        return collection(basics, true, Optional.empty(), false)
                .addAnnotation(JoinAnnotations.joinTable(joinTable))
                .addAnnotations(loading(basics))
                .addAnnotations(orderBy(orderBy))
                .build();
    }

    private static FieldSpec reference(ToOneOwner side, boolean oneToOne) {
        RelationshipBasics basics = side.basics();
        RelationshipProperty.JoinColumn join = side.key().column();
        FieldSpec.Builder field = FieldSpec.builder(basics.target(), basics.names().field(), Modifier.PRIVATE);
        basics.doc().ifPresent(doc -> field.addJavadoc("$L\n", doc));
        AnnotationSpec.Builder toOne = AnnotationSpec.builder(oneToOne ? Types.ONE_TO_ONE : Types.MANY_TO_ONE)
                .addMember("fetch", "$T.$L", Types.FETCH_TYPE,
                        basics.loading() == LoadingStrategy.JOINED ? "EAGER" : "LAZY");
        if (!join.nullable()) {
            toOne.addMember("optional", "false");
        }
        cascade(basics.cascades(), toOne);
        if (side.orphanRemoval()) {
            toOne.addMember("orphanRemoval", "true");
        }
        if (side.key().role() == KeyRole.COMPOSITE_KEY_PART) {
            field.addAnnotation(Types.ID);
        }
        field.addAnnotation(toOne.build());
        if (side.key().role() == KeyRole.SHARED_PRIMARY_KEY) {
            field.addAnnotation(Types.MAPS_ID);
        }
        field.addAnnotation(JoinAnnotations.joinColumn(join));
        join.onDelete().filter(action -> action != ReferentialAction.NO_ACTION).ifPresent(action ->
                field.addAnnotation(AnnotationSpec.builder(Types.ON_DELETE)
                        .addMember("action", "$T.$L", Types.ON_DELETE_ACTION, action.name())
                        .build()));
        return field.build();
    }

    /**
     * The side of a one-to-one without the foreign key, as a lazy list of at most one element. A
     * {@code @OneToOne(mappedBy)} cannot be lazy without bytecode enhancement (only a query tells whether there is a
     * row), so every entity loaded would cost one more SELECT; a collection stays unloaded until touched, as
     * SQLAlchemy's {@code lazy='select'} does. When the other side maps the key, this join column is read-only.
     */
    private static FieldSpec oneToOneInverse(RelationshipBasics basics, RelationshipProperty.JoinColumn join,
            boolean orphanRemoval, boolean paired) {
        return collection(basics, false, Optional.empty(), orphanRemoval)
                .addAnnotation(JoinAnnotations.inverseJoinColumn(join, paired))
                .addAnnotations(loading(basics))
                .build();
    }

    /** A list or a set of the target, initialised, with its {@code @OneToMany} or {@code @ManyToMany}. */
    private static FieldSpec.Builder collection(RelationshipBasics basics, boolean set, Optional<String> mappedBy,
            boolean orphanRemoval) {
        ParameterizedTypeName collectionType = ParameterizedTypeName.get(set ? SET : LIST, basics.target());
        FieldSpec.Builder field = FieldSpec.builder(collectionType, basics.names().field(), Modifier.PRIVATE)
                .initializer("new $T<>()", set ? LINKED_HASH_SET : ARRAY_LIST);
        basics.doc().ifPresent(doc -> field.addJavadoc("$L\n", doc));
        AnnotationSpec.Builder toMany = AnnotationSpec.builder(set ? Types.MANY_TO_MANY : Types.ONE_TO_MANY);
        mappedBy.ifPresent(partnerField -> toMany.addMember("mappedBy", "$S", partnerField));
        if (basics.loading() == LoadingStrategy.JOINED) {
            toMany.addMember("fetch", "$T.EAGER", Types.FETCH_TYPE);
        }
        cascade(basics.cascades(), toMany);
        if (orphanRemoval) {
            toMany.addMember("orphanRemoval", "true");
        }
        return field.addAnnotation(toMany.build());
    }

    private static List<AnnotationSpec> loading(RelationshipBasics basics) {
        if (basics.loading() == LoadingStrategy.JOINED) {
            return List.of(AnnotationSpec.builder(Types.FETCH)
                    .addMember("value", "$T.JOIN", Types.FETCH_MODE)
                    .build());
        }
        return basics.batchSize().map(size -> AnnotationSpec.builder(Types.BATCH_SIZE)
                .addMember("size", "$L", size)
                .build()).stream().toList();
    }

    private static List<AnnotationSpec> passiveDeletes(boolean passiveDeletes) {
        return passiveDeletes ? List.of(AnnotationSpec.builder(Types.ON_DELETE)
                .addMember("action", "$T.CASCADE", Types.ON_DELETE_ACTION)
                .build()) : List.of();
    }

    /** {@code @OrderBy} with the order in JPQL: {@code majorVer DESC, minorVer DESC}. */
    private static List<AnnotationSpec> orderBy(List<Ordering> orderBy) {
        if (orderBy.isEmpty()) {
            return List.of();
        }
        String jpql = orderBy.stream()
                .map(term -> term.property() + " " + term.direction().name())
                .collect(Collectors.joining(", "));
        return List.of(AnnotationSpec.builder(Types.ORDER_BY).addMember("value", "$S", jpql).build());
    }

    private static void cascade(Set<JpaCascade> cascades, AnnotationSpec.Builder annotation) {
        for (JpaCascade cascade : cascades) {
            annotation.addMember("cascade", "$L", CodeBlock.of("$T.$L", Types.CASCADE_TYPE, cascade.name()));
        }
    }
}
