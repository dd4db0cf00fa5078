package io.github.schema2jpa.property;

import io.github.schema2jpa.property.Names.Name;
import io.github.schema2jpa.property.RenderState.Built;
import io.github.schema2jpa.property.SchemaSpec.Fk;
import io.github.schema2jpa.property.SchemaSpec.Pair;
import io.github.schema2jpa.property.SchemaSpec.RelOptions;
import io.github.schema2jpa.property.SchemaSpec.SelfRef;
import io.github.schema2jpa.property.SchemaSpec.Shape;
import io.github.schema2jpa.property.SchemaSpec.SyncPair;
import io.github.schema2jpa.property.SchemaSpec.TwoKeys;
import io.github.schema2jpa.property.Yaml.MappingBuilder;
import java.util.List;
import java.util.Optional;

/**
 * Prints the relationships of a foreign key: pairs of tables (one-to-many, one side only, one-to-one, a shared
 * key), a table that refers to itself, and a child with two keys to one parent.
 */
final class RelationshipPrinter {
    private final RenderState state;
    private final ColumnPrinter columns;

    RelationshipPrinter(RenderState state, ColumnPrinter columns) {
        this.state = state;
        this.columns = columns;
    }

    void pair(Pair p) {
        Built parent = columns.table(p.parent());
        Built child = columns.table(p.child());
        boolean shared = p.shape() == Shape.SHARED_KEY && !p.child().compositeKey();
        boolean oneToOne = p.shape() == Shape.ONE_TO_ONE || p.shape() == Shape.SHARED_KEY;
        Fk fk = p.fk();
        boolean passive = fk.passiveDeletes() && (p.shape() == Shape.ONE_TO_MANY || p.shape() == Shape.PARENT_ONLY);
        if (passive && fk.ondelete().isEmpty()) {
            fk = new Fk(true, Optional.of("cascade"), fk.onupdate(), fk.notNull(), true, fk.index());
        }
        String column;
        if (shared) {
            // the child's key is its foreign key: drop the generated key column for the shared one
            column = child.keyColumn();
            MappingBuilder node = Yaml.mapping().put("type", parent.keyType().word()).put("primary_key", true)
                    .put("foreign_key", parent.table() + "." + parent.keyColumn());
            columns.replaceColumn(child.table(), column, node.build());
        } else {
            column = columns.foreignKey(child, parent, p.scalar(), fk, oneToOne, false);
        }
        boolean parentSide = p.shape() != Shape.CHILD_ONLY;
        boolean childSide = p.shape() != Shape.PARENT_ONLY;
        // names first, so that each side can name the other
        String collection = parentSide ? (oneToOne ? state.member(parent.table(), p.collection(), "")
                : state.collection(parent.table(), p.collection())) : null;
        String scalar = childSide ? state.member(child.table(), p.scalar(), "") : null;
        if (parentSide) {
            MappingBuilder node = Yaml.mapping().put("target", child.entity());
            if (childSide) {
                node.put("back_populates", scalar);
            }
            if (oneToOne) {
                node.put("uselist", false);
            } else if (p.parentSide().explicitKind()) {
                node.put("kind", "one_to_many");
            }
            if (passive) {
                node.put("passive_deletes", true);
            }
            put(parent, collection, node, p.parentSide(), !oneToOne, Optional.of(child.keyColumn()));
        }
        if (childSide) {
            MappingBuilder node = Yaml.mapping().put("target", parent.entity());
            if (parentSide) {
                node.put("back_populates", collection);
            }
            if (p.childSide().explicitKind()) {
                node.put("kind", oneToOne ? "one_to_one" : "many_to_one");
            }
            put(child, scalar, node, p.childSide(), false, Optional.empty());
        }
        if (state.pair == null && p.shape() == Shape.ONE_TO_MANY) {
            state.pair = new SyncPair(parent.entity(), child.entity(), column);
        }
    }

    /** Adds a relationship under a name already taken by {@link RenderState#member}. */
    void put(Built owner, String name, MappingBuilder node, RelOptions options, boolean collection,
            Optional<String> orderColumn) {
        options.lazy().ifPresent(lazy -> node.put("lazy", lazy));
        List<String> cascade = collection ? options.cascade()
                : options.cascade().stream().filter(word -> !word.equals("delete-orphan")).toList();
        if (!cascade.isEmpty()) {
            node.put("cascade", options.cascadeAsText() ? String.join(", ", cascade) : Yaml.strings(cascade));
        }
        state.use(options.doc());
        options.doc().ifPresent(doc -> node.put("doc", doc.text()));
        Optional<Name> javaName = options.javaName();
        state.javaName(owner.table(), javaName).ifPresent(property -> node.put("java_name", property));
        if (collection) {
            state.collections = true;
            state.javaName(owner.table(), options.singular()).ifPresent(singular -> node.put("singular", singular));
            if (options.orderBy()) {
                orderColumn.ifPresent(column -> node.put("order_by", Yaml.strings(List.of(column + " desc"))));
            }
        }
        state.relationships.get(owner.table()).put(name, node.build());
    }

    void selfRef(SelfRef s) {
        Built table = columns.table(s.table());
        Fk fk = new Fk(s.fk().asMapping(), s.fk().ondelete(), s.fk().onupdate(), false, false, s.fk().index());
        String column = columns.foreignKey(table, table, s.parent(), fk, false, false);
        String parent = state.member(table.table(), s.parent(), "");
        String children = state.collection(table.table(), s.children());
        put(table, parent, Yaml.mapping().put("target", table.entity()).put("kind", "many_to_one")
                .put("back_populates", children), s.parentOptions(), false, Optional.empty());
        put(table, children, Yaml.mapping().put("target", table.entity()).put("kind", "one_to_many")
                .put("back_populates", parent), s.childrenOptions(), true, Optional.of(table.keyColumn()));
        if (state.pair == null) {
            state.pair = new SyncPair(table.entity(), table.entity(), column);
        }
    }

    void twoKeys(TwoKeys t) {
        Built parent = columns.table(t.parent());
        Built child = columns.table(t.child());
        if (parent.table().equals(child.table())) {
            return;
        }
        Fk plain = new Fk(false, Optional.empty(), Optional.empty(), false, false, false);
        String first = columns.foreignKey(child, parent, t.first(), plain, false, false);
        String second = columns.foreignKey(child, parent, t.second(), plain, false, false);
        String firstScalar = state.member(child.table(), t.first(), "");
        String secondScalar = state.member(child.table(), t.second(), "");
        String firstCollection = state.collection(parent.table(), t.firstCollection());
        String secondCollection = state.collection(parent.table(), t.secondCollection());
        put(parent, firstCollection, Yaml.mapping().put("target", child.entity()).put("back_populates", firstScalar)
                .put("foreign_key", child.table() + "." + first), RelOptions.none(), true, Optional.empty());
        put(parent, secondCollection, Yaml.mapping().put("target", child.entity())
                .put("back_populates", secondScalar).put("foreign_key", second), RelOptions.none(), true,
                Optional.empty());
        put(child, firstScalar, Yaml.mapping().put("target", parent.entity()).put("back_populates", firstCollection)
                .put("foreign_key", first), RelOptions.none(), false, Optional.empty());
        put(child, secondScalar, Yaml.mapping().put("target", parent.entity())
                .put("back_populates", secondCollection).put("foreign_key", child.table() + "." + second),
                RelOptions.none(), false, Optional.empty());
        if (state.pair == null) {
            state.pair = new SyncPair(parent.entity(), child.entity(), second);
        }
    }
}
