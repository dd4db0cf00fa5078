package io.github.schema2jpa.property;

import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.property.Names.Name;
import io.github.schema2jpa.property.Names.Text;
import io.github.schema2jpa.property.Yaml.Mapping;
import io.github.schema2jpa.property.Yaml.MappingBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
        return new Renderer(naming).render(this);
    }

    @Override
    public String toString() {
        return render(NamingStrategy.standard()).toString();
    }

    /** Prints a schema spec, naming its parts apart. */
    private static final class Renderer {
        private final NamingStrategy naming;
        private final Map<String, MappingBuilder> tables = new LinkedHashMap<>();
        private final Map<String, MappingBuilder> columns = new HashMap<>();
        private final Map<String, MappingBuilder> relationships = new HashMap<>();
        private final Map<String, Set<String>> properties = new HashMap<>();
        private final Set<String> entities = new HashSet<>();
        private final List<String> types = new ArrayList<>();
        private final Set<Names.Kind> kinds = new HashSet<>();
        private boolean hostile;
        private boolean collections;
        private SyncPair pair;

        /** A table as printed: its name, entity and key column. */
        private record Built(String table, String entity, String keyColumn, KeyType keyType) {
        }

        Renderer(NamingStrategy naming) {
            this.naming = naming;
        }

        Rendered render(SchemaSpec spec) {
            for (Feature feature : spec.features()) {
                feature(feature);
            }
            MappingBuilder root = Yaml.mapping().put("schema2jpa", 1).put("package", PACKAGE);
            spec.defaultGeneration().ifPresent(g -> root.put("defaults", Yaml.mapping().put("id_generation", g).build()));
            MappingBuilder tableNodes = Yaml.mapping();
            for (Map.Entry<String, MappingBuilder> table : tables.entrySet()) {
                MappingBuilder node = table.getValue();
                node.put("columns", columns.get(table.getKey()).build());
                MappingBuilder rels = relationships.get(table.getKey());
                if (!rels.isEmpty()) {
                    node.put("relationships", rels.build());
                }
                tableNodes.put(table.getKey(), node.build());
            }
            root.put("tables", tableNodes.build());
            if (collections) {
                types.add("BackPopulatedList");
                types.add("BackPopulatedSet");
            }
            Set<String> seen = new HashSet<>();
            boolean clash = !types.stream().allMatch(type -> seen.add(type.toLowerCase(Locale.ROOT)));
            Mapping tree = root.build();
            return new Rendered(tree, Yaml.print(tree), !hostile && !clash, Optional.ofNullable(pair), Set.copyOf(kinds));
        }

        private void feature(Feature feature) {
            if (feature instanceof Lone lone) {
                table(lone.table());
            } else if (feature instanceof Pair p) {
                pair(p);
            } else if (feature instanceof ManyToMany m) {
                manyToMany(m);
            } else if (feature instanceof SelfRef s) {
                selfRef(s);
            } else if (feature instanceof TwoKeys t) {
                twoKeys(t);
            } else if (feature instanceof AssociationObject a) {
                associationObject(a);
            }
        }

        // ---- names

        private String use(Name name) {
            kinds.add(name.kind());
            if (!Names.plainOrReserved(name)) {
                hostile = true;
            }
            return name.text();
        }

        private void use(Optional<Text> doc) {
            doc.filter(Text::hostile).ifPresent(text -> hostile = true);
        }

        /** A table name not used yet, whose entity is not used yet either. */
        private Built newTable(TableSpec spec) {
            String base = use(spec.name());
            Optional<String> explicit = spec.entity().map(e -> naming.entityName(use(e)));
            String table = base;
            String entity = explicit.orElse(naming.entityName(table));
            for (int i = 2; tables.containsKey(table) || entities.contains(entity.toLowerCase(Locale.ROOT)); i++) {
                table = base + "_t" + i;
                entity = explicit.isPresent() ? explicit.get() + i : naming.entityName(table);
            }
            entities.add(entity.toLowerCase(Locale.ROOT));
            types.add(entity);
            tables.put(table, Yaml.mapping());
            columns.put(table, Yaml.mapping());
            relationships.put(table, Yaml.mapping());
            properties.put(table, new HashSet<>());
            if (explicit.isPresent()) {
                tables.get(table).put("entity", entity);
            }
            return new Built(table, entity, "", spec.key().type());
        }

        /**
         * A column or relationship name of the table that no other member of it maps to: neither the same property
         * nor the same singular (so that helper names differ too).
         */
        private String member(String table, Name name, String suffix) {
            String base = use(name) + suffix;
            String candidate = base;
            for (int i = 2; ; i++) {
                String property = naming.propertyName(candidate).toLowerCase(Locale.ROOT);
                String stem = naming.singular(naming.propertyName(candidate)).toLowerCase(Locale.ROOT);
                Set<String> used = properties.get(table);
                if (!used.contains(property) && !used.contains(stem) && !used.contains("#" + candidate)) {
                    used.add(property);
                    used.add(stem);
                    used.add("#" + candidate);
                    return candidate;
                }
                candidate = use(name) + "_m" + i + "s" + suffix;
            }
        }

        /** A Java name for {@code java_name} or {@code singular}, unless a member of the table has it already. */
        private Optional<String> javaName(String table, Optional<Name> name) {
            if (name.isEmpty()) {
                return Optional.empty();
            }
            String property = naming.propertyName(name.get().text());
            Set<String> used = properties.get(table);
            String key = property.toLowerCase(Locale.ROOT);
            String stem = naming.singular(property).toLowerCase(Locale.ROOT);
            if (property.isEmpty() || used.contains(key) || used.contains(stem)) {
                return Optional.empty();
            }
            use(name.get());
            used.add(key);
            used.add(stem);
            return Optional.of(property);
        }

        // ---- tables and columns

        private Built table(TableSpec spec) {
            Built table = newTable(spec);
            MappingBuilder node = tables.get(table.table());
            use(spec.doc());
            spec.doc().ifPresent(doc -> node.put("doc", doc.text()));
            if (spec.customizable()) {
                node.put("customizable", true);
                types.add(naming.baseClassName(table.entity()));
            }
            MappingBuilder cols = columns.get(table.table());
            String keyColumn = member(table.table(), spec.key().column(), spec.key().column().text().equals("id") ? "" : "");
            List<String> keyColumns = new ArrayList<>(List.of(keyColumn));
            if (spec.compositeKey()) {
                cols.put(keyColumn, Yaml.mapping().put("type", spec.key().type().word()).build());
                String second = member(table.table(), spec.key().column(), "_part");
                cols.put(second, Yaml.mapping().put("type", "integer").build());
                keyColumns.add(second);
                node.put("primary_key", Yaml.strings(keyColumns));
                types.add(naming.idClassName(table.entity()));
            } else {
                cols.put(keyColumn, keyColumn(spec.key()));
            }
            List<String> plain = new ArrayList<>();
            boolean versioned = false;
            for (ColumnSpec column : spec.columns()) {
                boolean version = column.version() && !versioned && integral(column.type());
                versioned |= version;
                String name = column(table, column, version);
                // H2 cannot index a text column (a CLOB there; the schema gets a warning), and the schemas boot on H2
                if (!column.type().equals("text")) {
                    plain.add(name);
                }
            }
            if (spec.uniqueList() && !plain.isEmpty()) {
                node.put("unique", new Yaml.Sequence(List.of(Yaml.strings(List.of(keyColumn, plain.get(0))))));
            }
            if (spec.indexList() && !plain.isEmpty()) {
                node.put("indexes", Yaml.mapping()
                        .put("ix_" + table.table() + "_" + plain.get(plain.size() - 1) + "_idx", Yaml.strings(plain))
                        .build());
            }
            return new Built(table.table(), table.entity(), keyColumn, spec.key().type());
        }

        private static Mapping keyColumn(Key key) {
            MappingBuilder column = Yaml.mapping().put("type", key.type().word()).put("primary_key", true);
            Generation generation = key.generation();
            boolean integral = key.type().integral();
            switch (generation) {
                case NONE -> { }
                case AUTOINCREMENT -> {
                    if (integral) {
                        column.put("autoincrement", true);
                    }
                }
                case IDENTITY, SEQUENCE -> column.put("generation", integral
                        ? generation.name().toLowerCase(Locale.ROOT) : (key.type() == KeyType.SMALLINT ? "assigned" : "uuid"));
                case ASSIGNED -> column.put("generation", "assigned");
                case UUID -> column.put("generation", integral ? "assigned" : "uuid");
            }
            return column.build();
        }

        private static boolean integral(String type) {
            return type.equals("integer") || type.equals("bigint") || type.equals("smallint");
        }

        private String column(Built table, ColumnSpec spec, boolean version) {
            String name = member(table.table(), spec.name(), "");
            String type = spec.type();
            MappingBuilder cols = columns.get(table.table());
            if (spec.shorthand() && !type.equals("enum")) {
                cols.put(name, type);
                return name;
            }
            MappingBuilder column = Yaml.mapping().put("type", type);
            if (type.equals("string") || type.equals("binary")) {
                spec.length().ifPresent(length -> column.put("length", length));
            }
            if (type.equals("decimal")) {
                spec.precision().ifPresent(precision -> {
                    column.put("precision", precision);
                    column.put("scale", Math.min(spec.scale(), precision));
                });
            }
            if (type.equals("enum")) {
                column.put("values", Yaml.strings(spec.enumValues()));
                if (spec.enumValues().contains("_")) {
                    hostile = true;
                }
                String enumName = spec.enumName().map(n -> naming.entityName(use(n)))
                        .orElse(naming.enumTypeName(table.entity(), name));
                spec.enumName().ifPresent(n -> column.put("enum_name", enumName));
                types.add(enumName);
            }
            spec.nullable().ifPresent(nullable -> column.put("nullable", nullable));
            boolean indexable = !type.equals("text"); // H2 cannot index a CLOB: see above
            if (spec.unique() && indexable) {
                column.put("unique", true);
            }
            if (spec.index() && indexable) {
                column.put("index", true);
            }
            Optional<Object> defaultValue = Defaults.client(type, spec.defaultChoice(), spec.enumValues());
            defaultValue.ifPresent(value -> column.put("default", value));
            if (defaultValue.isPresent() && Defaults.hostile(value(defaultValue))) {
                hostile = true;
            }
            if (spec.serverDefault() && !version) { // a version column takes no server_default (an error)
                Defaults.server(type, spec.enumValues()).ifPresent(value -> column.put("server_default", value));
            }
            javaName(table.table(), spec.javaName()).ifPresent(javaName -> column.put("java_name", javaName));
            use(spec.doc());
            spec.doc().ifPresent(doc -> column.put("doc", doc.text()));
            if (version) {
                column.put("version", true);
            }
            cols.put(name, column.build());
            return name;
        }

        private static Object value(Optional<Object> value) {
            return value.orElse(null);
        }

        /** A foreign key column in {@code child} to {@code parent}'s key. */
        private String foreignKey(Built child, Built parent, Name name, Fk fk, boolean unique, boolean key) {
            String column = member(child.table(), name, "_id");
            MappingBuilder node = Yaml.mapping().put("type", parent.keyType().word());
            if (key) {
                node.put("primary_key", true);
            }
            String reference = parent.table() + "." + parent.keyColumn();
            if (fk.asMapping() || fk.ondelete().isPresent() || fk.onupdate().isPresent()) {
                MappingBuilder ref = Yaml.mapping().put("references", reference);
                fk.ondelete().ifPresent(action -> ref.put("ondelete", action));
                fk.onupdate().ifPresent(action -> ref.put("onupdate", action));
                node.put("foreign_key", ref.build());
            } else {
                node.put("foreign_key", reference);
            }
            if (fk.notNull() && !key) {
                node.put("nullable", false);
            }
            if (unique && !key) {
                node.put("unique", true);
            }
            if (fk.index() && !key) {
                node.put("index", true);
            }
            columns.get(child.table()).put(column, node.build());
            return column;
        }

        // ---- relationships

        private void pair(Pair p) {
            Built parent = table(p.parent());
            Built child = table(p.child());
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
                replaceColumn(child.table(), column, node.build());
            } else {
                column = foreignKey(child, parent, p.scalar(), fk, oneToOne, false);
            }
            boolean parentSide = p.shape() != Shape.CHILD_ONLY;
            boolean childSide = p.shape() != Shape.PARENT_ONLY;
            // names first, so that each side can name the other
            String collection = parentSide ? (oneToOne ? member(parent.table(), p.collection(), "")
                    : collection(parent.table(), p.collection())) : null;
            String scalar = childSide ? member(child.table(), p.scalar(), "") : null;
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
            if (pair == null && p.shape() == Shape.ONE_TO_MANY) {
                pair = new SyncPair(parent.entity(), child.entity(), column);
            }
        }

        /** The name of a collection, its own singular or not ({@code user}, {@code sent}, {@code staff}). */
        private String collection(String table, Name name) {
            return member(table, name, "");
        }

        /** Adds a relationship under a name already taken by {@link #member}. */
        private void put(Built owner, String name, MappingBuilder node, RelOptions options, boolean collection,
                Optional<String> orderColumn) {
            options.lazy().ifPresent(lazy -> node.put("lazy", lazy));
            List<String> cascade = collection ? options.cascade()
                    : options.cascade().stream().filter(word -> !word.equals("delete-orphan")).toList();
            if (!cascade.isEmpty()) {
                node.put("cascade", options.cascadeAsText() ? String.join(", ", cascade) : Yaml.strings(cascade));
            }
            use(options.doc());
            options.doc().ifPresent(doc -> node.put("doc", doc.text()));
            Optional<Name> javaName = options.javaName();
            javaName(owner.table(), javaName).ifPresent(property -> node.put("java_name", property));
            if (collection) {
                collections = true;
                javaName(owner.table(), options.singular()).ifPresent(singular -> node.put("singular", singular));
                if (options.orderBy()) {
                    orderColumn.ifPresent(column -> node.put("order_by", Yaml.strings(List.of(column + " desc"))));
                }
            }
            relationships.get(owner.table()).put(name, node.build());
        }

        private void replaceColumn(String table, String column, Mapping node) {
            MappingBuilder old = columns.get(table);
            MappingBuilder fresh = Yaml.mapping();
            for (Yaml.Entry entry : old.build().entries()) {
                fresh.put(entry.key(), entry.key().equals(column) ? node : entry.value());
            }
            columns.put(table, fresh);
        }

        private void manyToMany(ManyToMany m) {
            Built left = table(m.left());
            Built right = table(m.right());
            if (left.table().equals(right.table())) {
                return; // a self-referential many-to-many is not generated yet
            }
            Built link = newTable(new TableSpec(m.link(), Optional.empty(), new Key(m.link(), KeyType.INTEGER,
                    Generation.NONE), true, List.of(), false, Optional.empty(), false, false));
            Fk plain = new Fk(false, Optional.empty(), Optional.empty(), false, false, false);
            String a = foreignKey(link, left, m.leftSide(), plain, false, false);
            String b = foreignKey(link, right, m.rightSide(), plain, false, false);
            tables.get(link.table()).put("primary_key", Yaml.strings(List.of(a, b)));
            String leftName = collection(left.table(), m.leftSide());
            String rightName = m.bidirectional() ? collection(right.table(), m.rightSide()) : null;
            MappingBuilder leftNode = Yaml.mapping().put("target", right.entity()).put("secondary", link.table());
            if (m.bidirectional()) {
                leftNode.put("back_populates", rightName);
            }
            put(left, leftName, leftNode, manyToManyOptions(m.leftOptions()), true, Optional.empty());
            if (m.bidirectional()) {
                MappingBuilder rightNode = Yaml.mapping().put("target", left.entity()).put("secondary", link.table())
                        .put("back_populates", leftName);
                put(right, rightName, rightNode, manyToManyOptions(m.rightOptions()), true, Optional.empty());
            }
        }

        private static RelOptions manyToManyOptions(RelOptions options) {
            List<String> cascade = options.cascade().stream()
                    .filter(word -> !word.equals("delete") && !word.equals("delete-orphan") && !word.equals("all"))
                    .toList();
            return new RelOptions(options.lazy(), cascade, options.cascadeAsText(), options.doc(), options.javaName(),
                    options.singular(), false, false);
        }

        private void selfRef(SelfRef s) {
            Built table = table(s.table());
            Fk fk = new Fk(s.fk().asMapping(), s.fk().ondelete(), s.fk().onupdate(), false, false, s.fk().index());
            String column = foreignKey(table, table, s.parent(), fk, false, false);
            String parent = member(table.table(), s.parent(), "");
            String children = collection(table.table(), s.children());
            put(table, parent, Yaml.mapping().put("target", table.entity()).put("kind", "many_to_one")
                    .put("back_populates", children), s.parentOptions(), false, Optional.empty());
            put(table, children, Yaml.mapping().put("target", table.entity()).put("kind", "one_to_many")
                    .put("back_populates", parent), s.childrenOptions(), true, Optional.of(table.keyColumn()));
            if (pair == null) {
                pair = new SyncPair(table.entity(), table.entity(), column);
            }
        }

        private void twoKeys(TwoKeys t) {
            Built parent = table(t.parent());
            Built child = table(t.child());
            if (parent.table().equals(child.table())) {
                return;
            }
            Fk plain = new Fk(false, Optional.empty(), Optional.empty(), false, false, false);
            String first = foreignKey(child, parent, t.first(), plain, false, false);
            String second = foreignKey(child, parent, t.second(), plain, false, false);
            String firstScalar = member(child.table(), t.first(), "");
            String secondScalar = member(child.table(), t.second(), "");
            String firstCollection = collection(parent.table(), t.firstCollection());
            String secondCollection = collection(parent.table(), t.secondCollection());
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
            if (pair == null) {
                pair = new SyncPair(parent.entity(), child.entity(), second);
            }
        }

        private void associationObject(AssociationObject a) {
            Built left = table(a.left());
            Built right = table(a.right());
            if (left.table().equals(right.table())) {
                return;
            }
            Built link = newTable(new TableSpec(a.association(), Optional.empty(),
                    new Key(a.association(), KeyType.INTEGER, Generation.NONE), true, List.of(), false, Optional.empty(),
                    false, false));
            types.add(naming.idClassName(link.entity()));
            Fk plain = new Fk(false, Optional.empty(), Optional.empty(), false, false, false);
            String a1 = foreignKey(link, left, a.leftScalar(), plain, false, false);
            String b1 = foreignKey(link, right, a.rightScalar(), plain, false, false);
            tables.get(link.table()).put("primary_key", Yaml.strings(List.of(a1, b1)));
            for (ColumnSpec extra : a.extra()) {
                column(link, extra, false);
            }
            String leftScalar = member(link.table(), a.leftScalar(), "");
            String rightScalar = member(link.table(), a.rightScalar(), "");
            String leftCollection = collection(left.table(), a.leftCollection());
            String rightCollection = collection(right.table(), a.rightCollection());
            RelOptions leftOptions = a.leftOptions();
            put(left, leftCollection, Yaml.mapping().put("target", link.entity()).put("back_populates", leftScalar),
                    leftOptions, true, Optional.empty());
            put(right, rightCollection, Yaml.mapping().put("target", link.entity()).put("back_populates", rightScalar)
                    .put("cascade", Yaml.strings(List.of("all", "delete-orphan"))), RelOptions.none(), true,
                    Optional.empty());
            put(link, leftScalar, Yaml.mapping().put("target", left.entity()).put("back_populates", leftCollection),
                    RelOptions.none(), false, Optional.empty());
            put(link, rightScalar, Yaml.mapping().put("target", right.entity()).put("back_populates", rightCollection),
                    RelOptions.none(), false, Optional.empty());
        }
    }
}
