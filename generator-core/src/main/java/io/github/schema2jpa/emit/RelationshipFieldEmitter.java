package io.github.schema2jpa.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.schema.LoadingStrategy;
import io.github.schema2jpa.schema.ReferentialAction;
import io.github.schema2jpa.schema.RelationshipKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * One private field per relationship: a lazy {@code @ManyToOne} with its join column on the owning side, an
 * initialised {@code @OneToMany(mappedBy)} list on the inverse side.
 */
final class RelationshipFieldEmitter implements MemberEmitter {

    /** Collections loaded together per SELECT for {@code lazy: selectin}. */
    static final int SELECTIN_BATCH_SIZE = 100;

    private static final ClassName LIST = ClassName.get(List.class);
    private static final ClassName ARRAY_LIST = ClassName.get(ArrayList.class);
    private static final ClassName SET = ClassName.get(Set.class);
    private static final ClassName LINKED_HASH_SET = ClassName.get(LinkedHashSet.class);

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        for (RelationshipProperty relationship : entity.relationships()) {
            if (relationship.isCollection()) {
                type.addField(collection(relationship));
            } else if (relationship.isOneToOneInverse()) {
                type.addField(oneToOneInverse(relationship));
            } else {
                type.addField(reference(relationship));
            }
        }
    }

    private static FieldSpec reference(RelationshipProperty relationship) {
        RelationshipProperty.JoinColumn join = relationship.joinColumn().orElseThrow();
        FieldSpec.Builder field = FieldSpec.builder(relationship.target(), relationship.names().field(), Modifier.PRIVATE);
        relationship.doc().ifPresent(doc -> field.addJavadoc("$L\n", doc));
        // JPA's orphanRemoval exists on @OneToOne, not @ManyToOne: with single_parent the target has one parent anyway
        boolean oneToOne = relationship.kind() == RelationshipKind.ONE_TO_ONE || relationship.orphanRemoval();
        AnnotationSpec.Builder toOne = AnnotationSpec.builder(oneToOne ? Types.ONE_TO_ONE : Types.MANY_TO_ONE)
                .addMember("fetch", "$T.$L", Types.FETCH_TYPE,
                        relationship.loading() == LoadingStrategy.JOINED ? "EAGER" : "LAZY");
        if (!join.nullable()) {
            toOne.addMember("optional", "false");
        }
        cascade(relationship.cascadeTypes(), toOne);
        if (relationship.orphanRemoval()) {
            toOne.addMember("orphanRemoval", "true");
        }
        if (relationship.keyRole() == RelationshipProperty.KeyRole.PART) {
            field.addAnnotation(Types.ID);
        }
        field.addAnnotation(toOne.build());
        if (relationship.sharesPrimaryKey()) {
            field.addAnnotation(Types.MAPS_ID);
        }
        field.addAnnotation(joinColumn(join));
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
    private static FieldSpec oneToOneInverse(RelationshipProperty relationship) {
        RelationshipProperty.JoinColumn join = relationship.joinColumn().orElseThrow();
        FieldSpec.Builder field = FieldSpec.builder(ParameterizedTypeName.get(LIST, relationship.target()),
                        relationship.names().field(), Modifier.PRIVATE)
                .initializer("new $T<>()", ARRAY_LIST);
        relationship.doc().ifPresent(doc -> field.addJavadoc("$L\n", doc));
        AnnotationSpec.Builder oneToMany = AnnotationSpec.builder(Types.ONE_TO_MANY);
        if (relationship.loading() == LoadingStrategy.JOINED) {
            oneToMany.addMember("fetch", "$T.EAGER", Types.FETCH_TYPE);
        }
        cascade(relationship.cascadeTypes(), oneToMany);
        if (relationship.orphanRemoval()) {
            oneToMany.addMember("orphanRemoval", "true");
        }
        field.addAnnotation(oneToMany.build());
        AnnotationSpec.Builder joinColumn = AnnotationSpec.builder(Types.JOIN_COLUMN).addMember("name", "$S", join.sqlName());
        join.referencedColumn().ifPresent(column -> joinColumn.addMember("referencedColumnName", "$S", column));
        if (relationship.partner().isPresent()) {
            joinColumn.addMember("insertable", "false")
                    .addMember("updatable", "false")
                    .addMember("foreignKey", "$L", AnnotationSpec.builder(Types.FOREIGN_KEY)
                            .addMember("value", "$T.NO_CONSTRAINT", Types.CONSTRAINT_MODE)
                            .build());
        } else {
            joinColumn.addMember("foreignKey", "$L", AnnotationSpec.builder(Types.FOREIGN_KEY)
                    .addMember("name", "$S", join.foreignKeyName())
                    .build());
        }
        field.addAnnotation(joinColumn.build());
        loading(relationship, field);
        return field.build();
    }

    static AnnotationSpec joinTable(RelationshipProperty.JoinTable joinTable) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Types.JOIN_TABLE)
                .addMember("name", "$S", joinTable.sqlName())
                .addMember("joinColumns", "$L", foreignKeyColumn(joinTable.joinColumn(), joinTable.joinForeignKeyName(),
                        joinTable.joinForeignKeyDefinition()))
                .addMember("inverseJoinColumns", "$L", foreignKeyColumn(joinTable.inverseJoinColumn(),
                        joinTable.inverseForeignKeyName(), joinTable.inverseForeignKeyDefinition()));
        for (EntityModel.ConstraintModel unique : joinTable.uniqueConstraints()) {
            AnnotationSpec.Builder constraint = AnnotationSpec.builder(Types.UNIQUE_CONSTRAINT)
                    .addMember("name", "$S", unique.name());
            unique.columns().forEach(column -> constraint.addMember("columnNames", "$S", column));
            annotation.addMember("uniqueConstraints", "$L", constraint.build());
        }
        for (EntityModel.ConstraintModel index : joinTable.indexes()) {
            annotation.addMember("indexes", "$L", AnnotationSpec.builder(Types.INDEX)
                    .addMember("name", "$S", index.name())
                    .addMember("columnList", "$S", String.join(", ", index.columns()))
                    .build());
        }
        return annotation.build();
    }

    /**
     * A join column of an association table. A foreign key with an {@code ondelete} action carries its whole
     * definition, the one way the action reaches the DDL on Hibernate 6.6 as on 7 (6.6 leaves a collection's
     * {@code @OnDelete} out of it, and 7 would add the action a second time to a definition).
     */
    private static AnnotationSpec foreignKeyColumn(String column, String foreignKeyName, Optional<String> definition) {
        AnnotationSpec.Builder foreignKey = AnnotationSpec.builder(Types.FOREIGN_KEY).addMember("name", "$S", foreignKeyName);
        definition.ifPresent(text -> foreignKey.addMember("foreignKeyDefinition", "$S", text));
        return AnnotationSpec.builder(Types.JOIN_COLUMN)
                .addMember("name", "$S", column)
                .addMember("foreignKey", "$L", foreignKey.build())
                .build();
    }

    private static AnnotationSpec joinColumn(RelationshipProperty.JoinColumn join) {
        AnnotationSpec.Builder joinColumn = AnnotationSpec.builder(Types.JOIN_COLUMN).addMember("name", "$S", join.sqlName());
        join.referencedColumn().ifPresent(column -> joinColumn.addMember("referencedColumnName", "$S", column));
        if (!join.nullable()) {
            joinColumn.addMember("nullable", "false");
        }
        return joinColumn.addMember("foreignKey", "$L", AnnotationSpec.builder(Types.FOREIGN_KEY)
                        .addMember("name", "$S", join.foreignKeyName())
                        .build())
                .build();
    }

    private static FieldSpec collection(RelationshipProperty relationship) {
        boolean set = relationship.isManyToMany();
        ParameterizedTypeName collectionType = ParameterizedTypeName.get(set ? SET : LIST, relationship.target());
        FieldSpec.Builder field = FieldSpec.builder(collectionType, relationship.names().field(), Modifier.PRIVATE)
                .initializer("new $T<>()", set ? LINKED_HASH_SET : ARRAY_LIST);
        relationship.doc().ifPresent(doc -> field.addJavadoc("$L\n", doc));
        AnnotationSpec.Builder oneToMany = AnnotationSpec.builder(set ? Types.MANY_TO_MANY : Types.ONE_TO_MANY);
        if (relationship.joinTable().isEmpty()) {
            relationship.partner().ifPresent(partner -> oneToMany.addMember("mappedBy", "$S", partner.names().field()));
        }
        if (relationship.loading() == LoadingStrategy.JOINED) {
            oneToMany.addMember("fetch", "$T.EAGER", Types.FETCH_TYPE);
        }
        cascade(relationship.cascadeTypes(), oneToMany);
        if (relationship.orphanRemoval()) {
            oneToMany.addMember("orphanRemoval", "true");
        }
        field.addAnnotation(oneToMany.build());
        relationship.joinTable().ifPresent(joinTable -> field.addAnnotation(joinTable(joinTable)));
        relationship.joinColumn().ifPresent(join -> field.addAnnotation(joinColumn(join)));
        loading(relationship, field);
        if (relationship.passiveDeletes() && !set) {
            field.addAnnotation(AnnotationSpec.builder(Types.ON_DELETE)
                    .addMember("action", "$T.CASCADE", Types.ON_DELETE_ACTION)
                    .build());
        }
        if (!relationship.orderBy().isEmpty()) {
            field.addAnnotation(AnnotationSpec.builder(Types.ORDER_BY)
                    .addMember("value", "$S", relationship.orderBy())
                    .build());
        }
        return field.build();
    }

    private static void loading(RelationshipProperty relationship, FieldSpec.Builder field) {
        if (relationship.loading() == LoadingStrategy.JOINED) {
            field.addAnnotation(AnnotationSpec.builder(Types.FETCH)
                    .addMember("value", "$T.JOIN", Types.FETCH_MODE)
                    .build());
        } else if (relationship.loading() == LoadingStrategy.SELECTIN) {
            field.addAnnotation(AnnotationSpec.builder(Types.BATCH_SIZE)
                    .addMember("size", "$L", SELECTIN_BATCH_SIZE)
                    .build());
        }
    }

    private static void cascade(List<String> cascadeTypes, AnnotationSpec.Builder annotation) {
        for (String cascadeType : cascadeTypes) {
            annotation.addMember("cascade", "$L", CodeBlock.of("$T.$L", Types.CASCADE_TYPE, cascadeType));
        }
    }
}
