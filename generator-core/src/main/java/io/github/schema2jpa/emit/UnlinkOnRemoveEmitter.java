package io.github.schema2jpa.emit;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The links of a many-to-many pair are rows that only the owning side writes, so deleting an entity of the other
 * side would leave rows that reference it. SQLAlchemy deletes them; the generated {@code @PreRemove} does the same by
 * unlinking the entity from each owner first (which loads those owners' sets). One method per entity, as Jakarta
 * Persistence allows one callback of a kind per class.
 */
final class UnlinkOnRemoveEmitter implements MemberEmitter {

    private final NamingStrategy naming;

    UnlinkOnRemoveEmitter(NamingStrategy naming) {
        this.naming = naming;
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<RelationshipProperty> inverse = entity.relationships().stream()
                .filter(relationship -> relationship.isManyToMany() && relationship.joinTable().isEmpty())
                .filter(relationship -> relationship.partner().isPresent())
                .toList();
        if (inverse.isEmpty()) {
            return;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.UNLINK_BEFORE_REMOVE)
                .addAnnotation(Types.PRE_REMOVE)
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("Takes this $L out of the many-to-many links that the other side owns, just before it is\n"
                        + "deleted, so that no row of an association table is left referencing it.\n",
                        RelationshipAccessorEmitter.lowerFirst(entity.className().simpleName()));
        for (RelationshipProperty relationship : inverse) {
            HelperNames partnerHelpers = naming.helperNames(relationship.partner().orElseThrow().singular());
            String element = naming.fieldName(relationship.singular());
            method.beginControlFlow("for ($T $N : new $T<>($N))", relationship.target(), element, ArrayList.class,
                            relationship.names().field())
                    .addStatement("$N.$N($L)", element, partnerHelpers.remove(), Types.self(entity))
                    .endControlFlow();
        }
        type.addMethod(method.build());
    }
}
