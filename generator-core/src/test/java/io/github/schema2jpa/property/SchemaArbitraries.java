package io.github.schema2jpa.property;

import io.github.schema2jpa.property.Names.Name;
import io.github.schema2jpa.property.SchemaSpec.AssociationObject;
import io.github.schema2jpa.property.SchemaSpec.ColumnSpec;
import io.github.schema2jpa.property.SchemaSpec.Feature;
import io.github.schema2jpa.property.SchemaSpec.Fk;
import io.github.schema2jpa.property.SchemaSpec.Generation;
import io.github.schema2jpa.property.SchemaSpec.Key;
import io.github.schema2jpa.property.SchemaSpec.KeyType;
import io.github.schema2jpa.property.SchemaSpec.Lone;
import io.github.schema2jpa.property.SchemaSpec.ManyToMany;
import io.github.schema2jpa.property.SchemaSpec.Pair;
import io.github.schema2jpa.property.SchemaSpec.RelOptions;
import io.github.schema2jpa.property.SchemaSpec.SelfRef;
import io.github.schema2jpa.property.SchemaSpec.Shape;
import io.github.schema2jpa.property.SchemaSpec.TableSpec;
import io.github.schema2jpa.property.SchemaSpec.TwoKeys;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Tuple;

/**
 * Valid schemas over the whole language, built from jqwik's arbitraries only, so that a failing schema shrinks:
 * fewer features, fewer columns, options left out, plain names, the first word of a list.
 */
final class SchemaArbitraries {

    private SchemaArbitraries() {
    }

    static final List<String> COLUMN_TYPES = List.of("string", "integer", "text", "bigint", "smallint", "boolean",
            "float", "double", "decimal", "date", "time", "datetime", "timestamptz", "uuid", "binary", "enum");

    static Arbitrary<SchemaSpec> schemas() {
        return Combinators.combine(
                        feature().list().ofMinSize(1).ofMaxSize(3),
                        Arbitraries.of("identity", "sequence", "assigned").optional(0.3))
                .as(SchemaSpec::new);
    }

    static Arbitrary<Feature> feature() {
        return Arbitraries.oneOf(
                table().map(Lone::new),
                pair(),
                manyToMany(),
                selfRef(),
                twoKeys(),
                associationObject());
    }

    private static <T> Arbitrary<Optional<T>> maybe(Arbitrary<T> value) {
        return value.optional(0.3);
    }

    private static Arbitrary<Boolean> sometimes() {
        return Arbitraries.of(false, true);
    }

    static Arbitrary<Key> key() {
        return Combinators.combine(
                        Arbitraries.frequencyOf(
                                Tuple.of(3, Arbitraries.just(new Name("id", Names.Kind.PLAIN))),
                                Tuple.of(1, Names.any())),
                        Arbitraries.of(KeyType.values()),
                        Arbitraries.of(Generation.values()))
                .as(Key::new);
    }

    static Arbitrary<ColumnSpec> column() {
        var first = Combinators.combine(
                Names.any(),
                Arbitraries.of(COLUMN_TYPES),
                sometimes(),
                maybe(Arbitraries.of(false, true)),
                sometimes(),
                sometimes(),
                Arbitraries.integers().between(0, 7),
                sometimes()).as(Tuple::of);
        var second = Combinators.combine(
                maybe(Arbitraries.integers().between(1, 400)),
                maybe(Arbitraries.integers().between(1, 38)),
                Arbitraries.integers().between(0, 38),
                Names.enumValues(),
                maybe(Names.any()),
                maybe(Names.any()),
                maybe(Names.docs()),
                sometimes()).as(Tuple::of);
        return Combinators.combine(first, second).as((a, b) -> new ColumnSpec(a.get1(), a.get2(), a.get3(), a.get4(),
                a.get5(), a.get6(), a.get7(), a.get8(), b.get1(), b.get2(), b.get3(), b.get4(), b.get5(), b.get6(),
                b.get7(), b.get8()));
    }

    static Arbitrary<TableSpec> table() {
        return Combinators.combine(
                        Names.any(),
                        maybe(Names.any()),
                        key(),
                        column().list().ofMaxSize(3),
                        sometimes(),
                        maybe(Names.docs()),
                        Arbitraries.integers().between(0, 3))
                .as((name, entity, key, columns, customizable, doc, lists) -> new TableSpec(name, entity, key, false,
                        columns, customizable, doc, (lists & 1) != 0, (lists & 2) != 0));
    }

    /** A table that others reference: a single-column key. */
    static Arbitrary<TableSpec> referenced() {
        return table();
    }

    /** A table that may have a composite key: only one that nothing references. */
    static Arbitrary<TableSpec> unreferenced() {
        return Combinators.combine(table(), sometimes()).as((table, composite) -> new TableSpec(table.name(),
                table.entity(), table.key(), composite, table.columns(), table.customizable(), table.doc(),
                table.uniqueList(), table.indexList()));
    }

    static Arbitrary<RelOptions> options() {
        return Combinators.combine(
                        maybe(Arbitraries.of("select", "joined", "selectin", "raise")),
                        Arbitraries.of("save-update", "merge", "delete", "delete-orphan", "refresh-expire", "expunge",
                                "all").list().ofMaxSize(3).uniqueElements(),
                        sometimes(),
                        maybe(Names.docs()),
                        maybe(Names.any()),
                        maybe(Names.any()),
                        sometimes(),
                        sometimes())
                .as(RelOptions::new);
    }

    static Arbitrary<Fk> fk() {
        return Combinators.combine(
                        sometimes(),
                        maybe(Arbitraries.of("cascade", "set_null", "restrict", "no_action")),
                        maybe(Arbitraries.of("cascade", "set_null", "restrict", "no_action")),
                        sometimes(),
                        sometimes(),
                        sometimes())
                .as(Fk::new);
    }

    static Arbitrary<Feature> pair() {
        return Combinators.combine(
                        Arbitraries.of(Shape.values()),
                        referenced(),
                        unreferenced(),
                        Names.any(),
                        Names.any(),
                        options(),
                        options(),
                        fk())
                .as(Pair::new);
    }

    static Arbitrary<Feature> manyToMany() {
        return Combinators.combine(
                        referenced(), referenced(), Names.any(), Names.any(), Names.any(), options(), options(),
                        Arbitraries.of(true, false))
                .as(ManyToMany::new);
    }

    static Arbitrary<Feature> selfRef() {
        return Combinators.combine(referenced(), Names.any(), Names.any(), options(), options(), fk())
                .as(SelfRef::new);
    }

    static Arbitrary<Feature> twoKeys() {
        return Combinators.combine(referenced(), unreferenced(), Names.any(), Names.any(), Names.any(), Names.any())
                .as(TwoKeys::new);
    }

    static Arbitrary<Feature> associationObject() {
        return Combinators.combine(
                        referenced(), referenced(), Names.any(), Names.any(), Names.any(), Names.any(), Names.any(),
                        Combinators.combine(column().list().ofMaxSize(2), options()).as(Tuple::of))
                .as((left, right, association, leftCollection, rightCollection, leftScalar, rightScalar, rest) ->
                        new AssociationObject(left, right, association, leftCollection, rightCollection, leftScalar,
                                rightScalar, rest.get1(), rest.get2()));
    }
}
