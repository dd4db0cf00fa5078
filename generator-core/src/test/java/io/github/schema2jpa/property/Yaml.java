package io.github.schema2jpa.property;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A YAML document as a tree that tests build, change and print: mappings keep their entries in order and may hold
 * a key twice, which no {@code Map} can, so that a mutation can duplicate a table.
 */
final class Yaml {

    private Yaml() {
    }

    sealed interface Node permits Mapping, Sequence, Scalar {
    }

    record Entry(String key, Node value) {
    }

    record Mapping(List<Entry> entries) implements Node {
        Mapping {
            entries = List.copyOf(entries);
        }
    }

    record Sequence(List<Node> items) implements Node {
        Sequence {
            items = List.copyOf(items);
        }
    }

    /** A string, boolean, integer or floating-point value; {@code null} is YAML's null. */
    record Scalar(Object value) implements Node {
    }

    static Scalar scalar(Object value) {
        return new Scalar(value);
    }

    static Sequence strings(List<String> values) {
        return new Sequence(values.stream().<Node>map(Scalar::new).toList());
    }

    /** Builds a mapping entry by entry. */
    static final class MappingBuilder {
        private final List<Entry> entries = new ArrayList<>();

        MappingBuilder put(String key, Node value) {
            entries.add(new Entry(key, value));
            return this;
        }

        MappingBuilder put(String key, Object scalar) {
            return put(key, scalar instanceof Node node ? node : new Scalar(scalar));
        }

        boolean isEmpty() {
            return entries.isEmpty();
        }

        Mapping build() {
            return new Mapping(entries);
        }
    }

    static MappingBuilder mapping() {
        return new MappingBuilder();
    }

    private static final Pattern PLAIN_KEY = Pattern.compile("[a-z_][a-z0-9_]*");
    private static final List<String> SPECIAL_WORDS = List.of(
            "y", "n", "yes", "no", "on", "off", "true", "false", "null");

    /**
     * The document as text: mappings that hold a mapping in block style, two spaces an indent level, everything
     * else in flow style, every string double-quoted unless it is a plain lower-case key.
     */
    static String print(Mapping root) {
        StringBuilder out = new StringBuilder();
        block(root, 0, out);
        return out.toString();
    }

    private static void block(Mapping mapping, int indent, StringBuilder out) {
        for (Entry entry : mapping.entries()) {
            out.append(" ".repeat(indent)).append(key(entry.key())).append(':');
            if (entry.value() instanceof Mapping nested && needsBlock(nested)) {
                out.append('\n');
                block(nested, indent + 2, out);
            } else {
                out.append(' ');
                flow(entry.value(), out);
                out.append('\n');
            }
        }
    }

    private static boolean needsBlock(Mapping mapping) {
        return !mapping.entries().isEmpty()
                && mapping.entries().stream().anyMatch(entry -> entry.value() instanceof Mapping m
                && m.entries().stream().anyMatch(inner -> inner.value() instanceof Mapping
                        || inner.value() instanceof Sequence));
    }

    private static void flow(Node node, StringBuilder out) {
        if (node instanceof Scalar scalar) {
            scalar(scalar.value(), out);
        } else if (node instanceof Sequence sequence) {
            out.append('[');
            for (int i = 0; i < sequence.items().size(); i++) {
                out.append(i == 0 ? "" : ", ");
                flow(sequence.items().get(i), out);
            }
            out.append(']');
        } else if (node instanceof Mapping mapping) {
            out.append('{');
            for (int i = 0; i < mapping.entries().size(); i++) {
                Entry entry = mapping.entries().get(i);
                out.append(i == 0 ? " " : ", ").append(key(entry.key())).append(": ");
                flow(entry.value(), out);
            }
            out.append(mapping.entries().isEmpty() ? "}" : " }");
        }
    }

    private static String key(String key) {
        return PLAIN_KEY.matcher(key).matches() && !SPECIAL_WORDS.contains(key) ? key : quoted(key);
    }

    private static void scalar(Object value, StringBuilder out) {
        if (value == null) {
            out.append("null");
        } else if (value instanceof String text) {
            out.append(quoted(text));
        } else {
            out.append(value);
        }
    }

    /** A YAML double-quoted scalar: backslash escapes for quotes, backslashes and every non-printable character. */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        text.codePoints().forEach(c -> {
            if (c == '"' || c == '\\') {
                out.append('\\').appendCodePoint(c);
            } else if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == 0x2028 || c == 0x2029 || c == 0xfeff
                    || (c >= 0xd800 && c <= 0xdfff) || c == 0xfffe || c == 0xffff) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append('"').toString();
    }
}
