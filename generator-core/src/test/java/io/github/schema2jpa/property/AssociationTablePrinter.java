package io.github.schema2jpa.property;

import io.github.schema2jpa.property.RenderState.Built;
import io.github.schema2jpa.property.SchemaSpec.AssociationObject;
import io.github.schema2jpa.property.SchemaSpec.ColumnSpec;
import io.github.schema2jpa.property.SchemaSpec.Fk;
import io.github.schema2jpa.property.SchemaSpec.Generation;
import io.github.schema2jpa.property.SchemaSpec.Key;
import io.github.schema2jpa.property.SchemaSpec.KeyType;
import io.github.schema2jpa.property.SchemaSpec.ManyToMany;
import io.github.schema2jpa.property.SchemaSpec.RelOptions;
import io.github.schema2jpa.property.SchemaSpec.TableSpec;
import io.github.schema2jpa.property.Yaml.MappingBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Prints the features that join two tables through a third: a many-to-many over a link table ({@code secondary}),
 * and an association object, an entity of its own with a key of two foreign keys.
 */
final class AssociationTablePrinter {
    private final RenderState state;
    private final ColumnPrinter columns;
    private final RelationshipPrinter relationships;

    AssociationTablePrinter(RenderState state, ColumnPrinter columns, RelationshipPrinter relationships) {
        this.state = state;
        this.columns = columns;
        this.relationships = relationships;
    }

    void manyToMany(ManyToMany m) {
        Built left = columns.table(m.left());
        Built right = columns.table(m.right());
        if (left.table().equals(right.table())) {
            return; // a self-referential many-to-many is not generated yet
        }
        Built link = state.newTable(new TableSpec(m.link(), Optional.empty(), new Key(m.link(), KeyType.INTEGER,
                Generation.NONE), true, List.of(), false, Optional.empty(), false, false));
        Fk plain = new Fk(false, Optional.empty(), Optional.empty(), false, false, false);
        String a = columns.foreignKey(link, left, m.leftSide(), plain, false, false);
        String b = columns.foreignKey(link, right, m.rightSide(), plain, false, false);
        state.tables.get(link.table()).put("primary_key", Yaml.strings(List.of(a, b)));
        String leftName = state.collection(left.table(), m.leftSide());
        String rightName = m.bidirectional() ? state.collection(right.table(), m.rightSide()) : null;
        MappingBuilder leftNode = Yaml.mapping().put("target", right.entity()).put("secondary", link.table());
        if (m.bidirectional()) {
            leftNode.put("back_populates", rightName);
        }
        relationships.put(left, leftName, leftNode, manyToManyOptions(m.leftOptions()), true, Optional.empty());
        if (m.bidirectional()) {
            MappingBuilder rightNode = Yaml.mapping().put("target", left.entity()).put("secondary", link.table())
                    .put("back_populates", leftName);
            relationships.put(right, rightName, rightNode, manyToManyOptions(m.rightOptions()), true,
                    Optional.empty());
        }
    }

    private static RelOptions manyToManyOptions(RelOptions options) {
        List<String> cascade = options.cascade().stream()
                .filter(word -> !word.equals("delete") && !word.equals("delete-orphan") && !word.equals("all"))
                .toList();
        return new RelOptions(options.lazy(), cascade, options.cascadeAsText(), options.doc(), options.javaName(),
                options.singular(), false, false);
    }

    void associationObject(AssociationObject a) {
        Built left = columns.table(a.left());
        Built right = columns.table(a.right());
        if (left.table().equals(right.table())) {
            return;
        }
        Built link = state.newTable(new TableSpec(a.association(), Optional.empty(),
                new Key(a.association(), KeyType.INTEGER, Generation.NONE), true, List.of(), false, Optional.empty(),
                false, false));
        state.types.add(state.naming.idClassName(link.entity()));
        Fk plain = new Fk(false, Optional.empty(), Optional.empty(), false, false, false);
        String a1 = columns.foreignKey(link, left, a.leftScalar(), plain, false, false);
        String b1 = columns.foreignKey(link, right, a.rightScalar(), plain, false, false);
        state.tables.get(link.table()).put("primary_key", Yaml.strings(List.of(a1, b1)));
        for (ColumnSpec extra : a.extra()) {
            columns.column(link, extra, false);
        }
        String leftScalar = state.member(link.table(), a.leftScalar(), "");
        String rightScalar = state.member(link.table(), a.rightScalar(), "");
        String leftCollection = state.collection(left.table(), a.leftCollection());
        String rightCollection = state.collection(right.table(), a.rightCollection());
        RelOptions leftOptions = a.leftOptions();
        relationships.put(left, leftCollection, Yaml.mapping().put("target", link.entity())
                .put("back_populates", leftScalar), leftOptions, true, Optional.empty());
        relationships.put(right, rightCollection, Yaml.mapping().put("target", link.entity())
                .put("back_populates", rightScalar).put("cascade", Yaml.strings(List.of("all", "delete-orphan"))),
                RelOptions.none(), true, Optional.empty());
        relationships.put(link, leftScalar, Yaml.mapping().put("target", left.entity())
                .put("back_populates", leftCollection), RelOptions.none(), false, Optional.empty());
        relationships.put(link, rightScalar, Yaml.mapping().put("target", right.entity())
                .put("back_populates", rightCollection), RelOptions.none(), false, Optional.empty());
    }
}
