package io.github.schema2jpa.property;

import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.property.Yaml.Entry;
import io.github.schema2jpa.property.Yaml.Mapping;
import io.github.schema2jpa.property.Yaml.Node;
import io.github.schema2jpa.property.Yaml.Scalar;
import io.github.schema2jpa.property.Yaml.Sequence;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;

/** Schema files that are anything but valid: mutated valid schemas, trees of any shape, and text of any kind. */
final class ArbitraryYaml {

    private ArbitraryYaml() {
    }

    /** Pieces of YAML syntax, control characters and line breaks, for text that any reader must survive. */
    static final List<String> FRAGMENTS = List.of(
            "schema2jpa: 1\n", "tables:\n", "  t:\n", "    columns:\n", "      id: {type: integer, primary_key: true}\n",
            "a", "id", ":", " ", "\n", "\t", "- ", "{", "}", "[", "]", ",", "\"", "'", "&a ", "*a ", "!!str ", "!!binary ",
            "!foo ", "? ", "#", "|\n", ">-\n", "%YAML 1.2\n", "%TAG ! tag:x,2000:\n", "---\n", "...\n", "<<: *a\n", "\\",
            "\u0000", "\ufeff", "\u2028", "\u0085", "\r", "\r\n", "é", "\ud83d\ude00", "\ud800", "\u202e", "0x", "1e9",
            ".inf", "~", "null", "true", "yes", "0o7", "12:30", "2024-01-31");

    /** The fragments. */
    static List<String> fragments() {
        return FRAGMENTS;
    }

    /** A valid schema after one to four mutations. */
    static Arbitrary<String> mutatedSchemas() {
        NamingStrategy naming = NamingStrategy.standard();
        return Combinators.combine(
                        SchemaArbitraries.schemas(),
                        mutation().list().ofMinSize(1).ofMaxSize(4))
                .as((spec, mutations) -> {
                    Mapping tree = spec.render(naming).tree();
                    for (Mutation mutation : mutations) {
                        tree = mutation.apply(tree);
                    }
                    return Yaml.print(tree);
                });
    }

    static Arbitrary<Mutation> mutation() {
        return Combinators.combine(
                        Arbitraries.of(Mutation.Kind.values()),
                        Arbitraries.integers().between(0, 400),
                        Arbitraries.integers().between(0, 40))
                .as(Mutation::new);
    }

    /** A valid schema's text with characters deleted, or fragments inserted, at a few places. */
    static Arbitrary<String> editedSchemas() {
        NamingStrategy naming = NamingStrategy.standard();
        Arbitrary<int[]> edit = Combinators.combine(
                        Arbitraries.integers().between(0, 4000),
                        Arbitraries.integers().between(0, 3),
                        Arbitraries.integers().between(0, fragments().size() - 1))
                .as((at, delete, fragment) -> new int[] {at, delete, fragment});
        return Combinators.combine(SchemaArbitraries.schemas(), edit.list().ofMinSize(1).ofMaxSize(3))
                .as((spec, edits) -> {
                    StringBuilder text = new StringBuilder(spec.render(naming).yaml());
                    for (int[] e : edits) {
                        int at = text.length() == 0 ? 0 : e[0] % text.length();
                        text.delete(at, Math.min(text.length(), at + e[1]));
                        text.insert(at, fragments().get(e[2]));
                    }
                    return text.toString();
                });
    }

    /** A tree of any shape, printed; most have a version and tables, so that they reach the rules beyond. */
    static Arbitrary<String> trees() {
        Arbitrary<String> keys = Arbitraries.of("schema2jpa", "package", "tables", "columns", "relationships", "type",
                "target", "id", "foreign_key", "primary_key", "secondary", "back_populates", "entity", "x", "");
        Arbitrary<Node> scalars = Arbitraries.of(Mutation.SCALARS).map(Scalar::new);
        Arbitrary<Node> tree = Arbitraries.recursive(
                () -> scalars,
                node -> Arbitraries.oneOf(
                        Combinators.combine(keys, node).as(Entry::new).list().ofMaxSize(4).map(Mapping::new),
                        node.list().ofMaxSize(3).map(Sequence::new)),
                0, 4);
        return Combinators.combine(Arbitraries.of(true, false), tree).as((versioned, body) -> {
            Yaml.MappingBuilder root = Yaml.mapping();
            if (versioned) {
                root.put("schema2jpa", 1).put("package", "org.example");
            }
            root.put("tables", body);
            return Yaml.print(root.build());
        });
    }

    /** Text made of YAML's syntax and characters that readers trip on. */
    static Arbitrary<String> text() {
        return Arbitraries.of(fragments()).list().ofMaxSize(30).map(parts -> String.join("", parts));
    }

    static Arbitrary<String> any() {
        return Arbitraries.oneOf(mutatedSchemas(), editedSchemas(), trees(), text());
    }
}
