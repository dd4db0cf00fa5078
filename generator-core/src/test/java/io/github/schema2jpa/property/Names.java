package io.github.schema2jpa.property;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Tuple;

/**
 * Names a schema can give its tables, columns and relationships, in classes of names that are known to be hard for
 * a generator of Java: each class is a list of snake_case words, and a name remembers its class.
 */
final class Names {

    private Names() {
    }

    /** Where a name comes from. */
    enum Kind {
        /** Ordinary English words: every schema made of them must generate. */
        PLAIN("widgets", "gadgets", "notes", "labels", "owners", "parts", "tracks", "boxes", "categories",
                "people", "shelves", "authors", "comments", "payments"),
        /** SQL reserved words, which the reference says work through quoting. */
        SQL_RESERVED("user", "order", "group", "select", "table", "value", "key", "from", "limit", "window",
                "year", "check", "column", "primary", "references"),
        JAVA_KEYWORD("class", "package", "import", "interface", "enum", "default", "new", "public", "static",
                "final", "switch", "int", "boolean", "this", "super", "null", "true", "goto", "const", "assert",
                "abstract", "native", "throws", "void"),
        RESTRICTED_IDENTIFIER("var", "record", "yield", "sealed", "permits", "non_sealed", "module", "exports",
                "when", "open", "requires"),
        /** Names whose camel or Pascal case is a type of {@code java.lang}, or one that generated code imports. */
        JAVA_LANG("strings", "objects", "integers", "overrides", "threads", "systems", "records", "enums",
                "classes", "numbers", "characters", "deprecated", "iterables", "voids", "math", "processes",
                "runtimes", "comparables", "lists", "sets", "uuids", "big_decimals", "local_dates", "optionals",
                "entities", "tables", "columns", "ids", "versions", "hibernates"),
        OBJECT_METHOD("get_class", "wait", "notify", "notify_all", "hash_code", "equals", "to_string", "clone",
                "finalize"),
        /** Collections whose singular is the name itself, so that a parameter named after it shadows the field. */
        SELF_SINGULAR("sent", "staff", "webauthn", "keyword", "received", "news", "series", "species", "data",
                "sheep", "feedback", "info"),
        /** Letters beyond ASCII, one of which ({@code ß}) is two letters in upper case. */
        NON_ASCII("cafés", "ñandús", "élèves", "données", "日本", "πs", "ação", "çiçekler", "größen"),
        /** Names of the members and helper types that the generator writes itself. */
        GENERATED_MEMBER("back_populated_lists", "back_populated_sets", "attach_item", "detach_item",
                "apply_defaults", "unlink_before_remove", "add_item", "remove_item", "get_id", "set_id",
                "previous", "element", "that", "other", "objects_equal", "collection_view", "hibernate_proxy",
                "elements");

        final List<String> words;

        Kind(String... words) {
            this.words = List.of(words);
        }
    }

    /** A name and the class it was drawn from. */
    record Name(String text, Kind kind) {
        @Override
        public String toString() {
            return text;
        }
    }

    /**
     * The classes the properties draw from: every class but those an {@linkplain OpenDefects open defect} still
     * breaks, or those the system property {@code schema2jpa.properties.names} lists (comma-separated), to look at
     * one class at a time.
     */
    static final Set<Kind> ENABLED = enabled();

    private static Set<Kind> enabled() {
        String chosen = System.getProperty("schema2jpa.properties.names", "");
        if (!chosen.isBlank()) {
            Set<Kind> kinds = EnumSet.noneOf(Kind.class);
            for (String kind : chosen.split(",")) {
                kinds.add(Kind.valueOf(kind.trim()));
            }
            return kinds;
        }
        Set<Kind> kinds = EnumSet.allOf(Kind.class);
        for (OpenDefects defect : OpenDefects.OPEN) {
            kinds.removeAll(defect.nameKinds());
        }
        return kinds;
    }

    /**
     * Any name, mostly plain ones. Shrinking moves towards the first class and the first word of a class, so a
     * minimal failing schema keeps a hostile name only where the failure needs it.
     */
    static Arbitrary<Name> any() {
        List<Tuple.Tuple2<Integer, Arbitrary<Name>>> classes = new ArrayList<>();
        for (Kind kind : Kind.values()) {
            if (ENABLED.contains(kind)) {
                classes.add(Tuple.of(kind == Kind.PLAIN ? 8 : 1, of(kind)));
            }
        }
        return Arbitraries.frequencyOf(classes);
    }

    static Arbitrary<Name> of(Kind kind) {
        return Arbitraries.of(kind.words.stream().map(word -> new Name(word, kind)).toList());
    }

    /** Text for a {@code doc}, and whether it is hostile: whether a generator may refuse it. */
    record Text(String text, boolean hostile) {
        @Override
        public String toString() {
            return text;
        }
    }

    /** Set by a doc that breaks out of its comment, when the class that carries it is initialised. */
    static final String INJECTED = "schema2jpa.property.injected";

    /** Javadoc text, plain first, then text that would end a comment or holds characters javac decodes or rejects. */
    static Arbitrary<Text> docs() {
        List<Text> texts = new ArrayList<>();
        for (String plain : List.of("A plain sentence.", "Price in € for Ünïcode readers.",
                "<b>bold</b> & {@code code} @param x", "first line\nsecond line", "C:\\temp\\new", "tab\there",
                "50% off; \"quoted\" 'single'", "ends with a star *", "/* not a comment")) {
            texts.add(new Text(plain, false));
        }
        if (!hostileDocs()) {
            return Arbitraries.of(texts);
        }
        for (String hostile : List.of(
                "x */ static { System.setProperty(\"" + "schema2jpa.property.injected" + "\", \"yes\"); } /*",
                "\\u002a/ static { System.setProperty(\"schema2jpa.property.injected\", \"yes\"); } /*",
                "bidi \u202e reversed \u202c", "nul \u0000 and esc \u001b", "soft\u00adhyphen, zero\u200bwidth",
                "a\u2028line separator")) {
            texts.add(new Text(hostile, true));
        }
        return Arbitraries.of(texts);
    }

    /** Constants of generated enums, some of which collide with the members every enum has. */
    static Arbitrary<List<String>> enumValues() {
        return Arbitraries.of("ACTIVE", "PENDING", "DONE", "valueOf", "name", "ordinal", "values", "Ä", "ß", "$",
                "_", "CLASS", "var").list().ofMinSize(1).ofMaxSize(3).uniqueElements();
    }

    /** Whether docs may hold hostile text: unless {@code schema2jpa.properties.hostile-docs=false}. */
    static boolean hostileDocs() {
        return System.getProperty("schema2jpa.properties.hostile-docs", "true").equals("true");
    }

    static boolean plainOrReserved(Name name) {
        return name.kind() == Kind.PLAIN || name.kind() == Kind.SQL_RESERVED;
    }

    static List<Kind> kinds() {
        return Arrays.asList(Kind.values());
    }
}
