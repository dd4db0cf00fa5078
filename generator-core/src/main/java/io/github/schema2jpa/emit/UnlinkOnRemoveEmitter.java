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
 * The links of a many-to-many pair are rows that only the owning side writes, so deleting an entity of the other
 * side would leave rows that reference it. SQLAlchemy deletes them. Here the side without the {@code @JoinTable}
 * maps the association table once more, from its own end, as a collection that no generated code reads or changes:
 * Hibernate then deletes the entity's link rows when it deletes the entity, with one statement and without loading a
 * collection of the other side. With {@code ondelete} on the table's foreign key to this side, {@code @OnDelete}
 * leaves that to the database. A {@code @PreRemove} only takes the entity out of the other side's sets that are
 * loaded, which Hibernate would otherwise cascade back into existence at flush.
 */
final class UnlinkOnRemoveEmitter implements MemberEmitter {

    private final NamingStrategy naming;

    UnlinkOnRemoveEmitter(NamingStrategy naming) {
        this.naming = naming;
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<RelationshipProperty> inverse = entity.relationships().stream()
                .filter(relationship -> relationship.linkRows().isPresent())
                .toList();
        if (inverse.isEmpty()) {
            return;
        }
        String self = RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName());
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.UNLINK_BEFORE_REMOVE)
                .addAnnotation(Types.PRE_REMOVE)
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("Takes this $L out of the loaded sets of the other side before it is deleted, as\n"
                        + "SQLAlchemy does: a set that still held it would bring it back at flush. Loads this $L's\n"
                        + "own set (one SELECT) to know them, and no other set; the link rows are deleted with the\n"
                        + "$L, by the mapping below, in one statement.\n", self, self, self);
        for (RelationshipProperty relationship : inverse) {
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
