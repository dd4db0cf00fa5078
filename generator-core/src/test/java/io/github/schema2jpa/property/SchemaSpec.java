package io.github.schema2jpa.property;

import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.property.Names.Name;
import io.github.schema2jpa.property.Names.Text;
import io.github.schema2jpa.property.Yaml.Mapping;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A valid schema, as the parts a generator builds it from: each feature is a few tables that use one corner of the
 * language. {@link #render} names everything apart (two tables never map to one entity, two properties of a class
 * never share a name) and prints the YAML.
 */
record SchemaSpec(List<Feature> features, Optional<String> defaultGeneration) {

    enum KeyType {
        INTEGER, BIGINT, SMALLINT, STRING, UUID;

        String word() {
            return name().toLowerCase(Locale.ROOT);
        }

        boolean integral() {
            return this == INTEGER || this == BIGINT || this == SMALLINT;
        }
    }

    /** How a single-column key gets its value: not said, {@code autoincrement: true}, or a {@code generation}. */
    enum Generation { NONE, AUTOINCREMENT, IDENTITY, SEQUENCE, ASSIGNED, UUID }

    record Key(Name column, KeyType type, Generation generation) {
    }

    /**
     * A column that is neither key nor foreign key. Options that do not apply to the type are left out when printed.
     */
    record ColumnSpec(Name name, String type, boolean shorthand, Optional<Boolean> nullable, boolean unique,
            boolean index, int defaultChoice, boolean serverDefault, Optional<Integer> length, Optional<Integer> precision,
            int scale, List<String> enumValues, Optional<Name> enumName, Optional<Name> javaName, Optional<Text> doc,
            boolean version) {
    }

    record TableSpec(Name name, Optional<Name> entity, Key key, boolean compositeKey, List<ColumnSpec> columns,
            boolean customizable, Optional<Text> doc, boolean uniqueList, boolean indexList) {
    }

    record RelOptions(Optional<String> lazy, List<String> cascade, boolean cascadeAsText, Optional<Text> doc,
            Optional<Name> javaName, Optional<Name> singular, boolean orderBy, boolean explicitKind) {
        static RelOptions none() {
            return new RelOptions(Optional.empty(), List.of(), false, Optional.empty(), Optional.empty(),
                    Optional.empty(), false, false);
        }
    }

    /** A foreign key column's options. */
    record Fk(boolean asMapping, Optional<String> ondelete, Optional<String> onupdate, boolean notNull,
            boolean passiveDeletes, boolean index) {
    }

    sealed interface Feature permits Lone, Pair, ManyToMany, SelfRef, TwoKeys, AssociationObject {
    }

    record Lone(TableSpec table) implements Feature {
    }

    enum Shape { ONE_TO_MANY, PARENT_ONLY, CHILD_ONLY, ONE_TO_ONE, SHARED_KEY }

    record Pair(Shape shape, TableSpec parent, TableSpec child, Name collection, Name scalar, RelOptions parentSide,
            RelOptions childSide, Fk fk) implements Feature {
    }

    record ManyToMany(TableSpec left, TableSpec right, Name link, Name leftSide, Name rightSide,
            RelOptions leftOptions, RelOptions rightOptions, boolean bidirectional) implements Feature {
    }

    record SelfRef(TableSpec table, Name parent, Name children, RelOptions parentOptions,
            RelOptions childrenOptions, Fk fk) implements Feature {
    }

    record TwoKeys(TableSpec parent, TableSpec child, Name first, Name second, Name firstCollection,
            Name secondCollection) implements Feature {
    }

    record AssociationObject(TableSpec left, TableSpec right, Name association, Name leftCollection,
            Name rightCollection, Name leftScalar, Name rightScalar, List<ColumnSpec> extra, RelOptions leftOptions)
            implements Feature {
    }

    /** A one-to-many pair of the printed schema, by entity and foreign key column, for the sync check. */
    record SyncPair(String parentEntity, String childEntity, String foreignKeyColumn) {
    }

    /**
     * The printed schema.
     *
     * @param mustGenerate every name is plain or an SQL reserved word, every doc plain, and no two generated types
     *     share a name ignoring case: the generator has no reason to refuse it
     */
    record Rendered(Mapping tree, String yaml, boolean mustGenerate, Optional<SyncPair> pair, Set<Names.Kind> kinds) {
        @Override
        public String toString() {
            return "\n" + yaml;
        }
    }

    static final String PACKAGE = "org.example.property";

    Rendered render(NamingStrategy naming) {
        return new SchemaRenderer(naming).render(this);
    }

    @Override
    public String toString() {
        return render(NamingStrategy.standard()).toString();
    }
}
