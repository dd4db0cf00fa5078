package io.github.schema2jpa.property;

import io.github.schema2jpa.property.Yaml.Entry;
import io.github.schema2jpa.property.Yaml.Mapping;
import io.github.schema2jpa.property.Yaml.Node;
import io.github.schema2jpa.property.Yaml.Scalar;
import io.github.schema2jpa.property.Yaml.Sequence;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One change to a YAML tree, at the node found by walking the tree in document order to position {@code at} (modulo
 * the number of nodes), so that any list of mutations applies to any schema and shrinks to a smaller one.
 */
record Mutation(Kind kind, int at, int argument) {

    enum Kind {
        /** Leaves the entry out. */
        DELETE_KEY,
        /** Misspells the key: a letter dropped, doubled or swapped, or the case changed. */
        RENAME_KEY,
        /** Puts the value of another type in the scalar's place. */
        CHANGE_SCALAR,
        /** Writes the entry twice, as a copy-paste does: a table, a column, a key. */
        DUPLICATE_ENTRY,
        /** Swaps the value with another node's value: a target with a table, a column with a type. */
        SWAP_VALUES,
        /** Replaces a mapping or a sequence with a scalar, or a scalar with an empty mapping or sequence. */
        CHANGE_SHAPE
    }

    /** Replacements for a scalar, one of each YAML type and some that a reader may not expect. */
    static final List<Object> SCALARS = List.of("", "x", 0, -1, 3.5, true, false, "null", "~", "0x1F", "1_000",
            "0o17", "190:20:30", ".inf", "-.nan", 2147483648L, "9999999999999999999999", "2001-12-14t21:59:43.10-05:00",
            "no", "On", "packages.id", "Package", "id desc", "all, delete-orphan", "\u202e", "ünï", "*/", "a.b.c");

    Mapping apply(Mapping root) {
        List<Node> order = new ArrayList<>();
        collect(root, order);
        Node target = order.get(Math.floorMod(at, order.size()));
        Node other = order.get(Math.floorMod(at + argument + 1, order.size()));
        return (Mapping) rewrite(root, target, other);
    }

    private static void collect(Node node, List<Node> order) {
        order.add(node);
        if (node instanceof Mapping mapping) {
            mapping.entries().forEach(entry -> collect(entry.value(), order));
        } else if (node instanceof Sequence sequence) {
            sequence.items().forEach(item -> collect(item, order));
        }
    }

    private Node rewrite(Node node, Node target, Node other) {
        if (node instanceof Mapping mapping) {
            List<Entry> entries = new ArrayList<>();
            for (Entry entry : mapping.entries()) {
                if (entry.value() == target) {
                    entries.addAll(changeEntry(entry, other));
                } else {
                    entries.add(new Entry(entry.key(), rewrite(entry.value(), target, other)));
                }
            }
            return new Mapping(entries);
        }
        if (node instanceof Sequence sequence) {
            List<Node> items = new ArrayList<>();
            for (Node item : sequence.items()) {
                if (item == target) {
                    items.addAll(changeItem(item, other));
                } else {
                    items.add(rewrite(item, target, other));
                }
            }
            return new Sequence(items);
        }
        return node;
    }

    private List<Entry> changeEntry(Entry entry, Node other) {
        return switch (kind) {
            case DELETE_KEY -> List.of();
            case RENAME_KEY -> List.of(new Entry(typo(entry.key()), entry.value()));
            case DUPLICATE_ENTRY -> List.of(entry, entry);
            default -> List.of(new Entry(entry.key(), changeNode(entry.value(), other)));
        };
    }

    private List<Node> changeItem(Node item, Node other) {
        return switch (kind) {
            case DELETE_KEY -> List.of();
            case DUPLICATE_ENTRY -> List.of(item, item);
            default -> List.of(changeNode(item, other));
        };
    }

    private Node changeNode(Node node, Node other) {
        return switch (kind) {
            case CHANGE_SCALAR -> new Scalar(SCALARS.get(Math.floorMod(argument, SCALARS.size())));
            case SWAP_VALUES -> other;
            case CHANGE_SHAPE -> node instanceof Scalar
                    ? (argument % 2 == 0 ? new Mapping(List.of()) : new Sequence(List.of(node)))
                    : new Scalar(SCALARS.get(Math.floorMod(argument, SCALARS.size())));
            default -> node;
        };
    }

    private String typo(String key) {
        List<UnaryOperator<String>> typos = List.of(
                k -> k.length() > 1 ? k.substring(0, k.length() - 1) : k + "x",
                k -> k.isEmpty() ? "x" : k + k.charAt(k.length() - 1),
                k -> k.length() > 2 ? k.charAt(1) + "" + k.charAt(0) + k.substring(2) : k + "_",
                k -> k.toUpperCase(java.util.Locale.ROOT),
                k -> k.replace('_', '-'),
                k -> " " + k,
                k -> "");
        return typos.get(Math.floorMod(argument, typos.size())).apply(key);
    }
}
