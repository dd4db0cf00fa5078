package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.diagnostic.Suggestions;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Typed, located access to one YAML mapping. Every problem (duplicate or unknown keys, values of the wrong kind) is
 * reported to the diagnostics and the offending entry is skipped, so that loading goes on and finds the rest.
 */
final class MappingReader {

    /**
     * One entry of the mapping.
     *
     * @param key the key text
     * @param keyLocation where the key is written
     * @param value the value node
     */
    record Entry(String key, SourceLocation keyLocation, Node value) {
    }

    private final String file;
    private final Diagnostics diagnostics;
    private final String where;
    private final Map<String, Entry> entries = new LinkedHashMap<>();

    private MappingReader(String file, Diagnostics diagnostics, String where, MappingNode node) {
        this.file = file;
        this.diagnostics = diagnostics;
        this.where = where;
        for (NodeTuple tuple : node.getValue()) {
            Node keyNode = tuple.getKeyNode();
            SourceLocation keyLocation = YamlNodes.location(file, keyNode);
            if (!(keyNode instanceof ScalarNode scalar) || YamlNodes.isNull(keyNode)) {
                diagnostics.error(keyLocation, "a key must be a plain name, not " + YamlNodes.describe(keyNode));
                continue;
            }
            String key = scalar.getValue();
            if (entries.containsKey(key)) {
                diagnostics.error(keyLocation, "duplicate key '" + key + "' " + where
                        + " (first given at line " + entries.get(key).keyLocation().line() + ")");
                continue;
            }
            entries.put(key, new Entry(key, keyLocation, tuple.getValueNode()));
        }
    }

    /** A reader for {@code node}, or empty (with an error) when it is not a mapping. */
    static Optional<MappingReader> of(String file, Diagnostics diagnostics, String where, String what, Node node) {
        if (node instanceof MappingNode mapping) {
            return Optional.of(new MappingReader(file, diagnostics, where, mapping));
        }
        diagnostics.error(YamlNodes.location(file, node), what + " must be a mapping, not " + YamlNodes.describe(node));
        return Optional.empty();
    }

    /** Reports every key not in {@code known}, with the closest known key as a suggestion. */
    MappingReader allowOnly(Collection<String> known) {
        for (Entry entry : entries.values()) {
            if (!known.contains(entry.key())) {
                diagnostics.error(entry.keyLocation(), "unknown key '" + entry.key() + "' " + where
                        + Suggestions.didYouMean(entry.key(), known));
            }
        }
        return this;
    }

    List<Entry> entries() {
        return List.copyOf(entries.values());
    }

    Optional<Entry> entry(String key) {
        return Optional.ofNullable(entries.get(key));
    }

    boolean has(String key) {
        return entries.containsKey(key);
    }

    /** A scalar value of any kind, as text. Empty values are refused. */
    Optional<Located<String>> string(String key) {
        return entry(key).flatMap(entry -> text(entry, "a string"));
    }

    Optional<Located<Boolean>> bool(String key) {
        return entry(key).flatMap(entry -> {
            if (entry.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.BOOL)) {
                boolean value = switch (scalar.getValue().toLowerCase(java.util.Locale.ROOT)) {
                    case "true", "yes", "on", "y" -> true;
                    default -> false;
                };
                return Optional.of(new Located<>(value, YamlNodes.location(file, scalar)));
            }
            return wrongKind(entry, "true or false");
        });
    }

    /** A non-negative whole number. */
    Optional<Located<Integer>> integer(String key) {
        return entry(key).flatMap(entry -> {
            if (entry.value() instanceof ScalarNode scalar && scalar.getTag().equals(Tag.INT)) {
                try {
                    int value = Integer.parseInt(scalar.getValue().replace("_", ""));
                    if (value >= 0) {
                        return Optional.of(new Located<>(value, YamlNodes.location(file, scalar)));
                    }
                } catch (NumberFormatException e) {
                    // reported below
                }
            }
            return wrongKind(entry, "a whole number of at least 0");
        });
    }

    /** One of an enum's words, with a suggestion when it is misspelt. */
    <E extends Enum<E> & Keyword> Optional<Located<E>> keyword(String key, Class<E> type, String what) {
        return string(key).flatMap(text -> keyword(text, type, what));
    }

    <E extends Enum<E> & Keyword> Optional<Located<E>> keyword(Located<String> text, Class<E> type, String what) {
        Optional<E> parsed = Keyword.parse(type, text.value());
        if (parsed.isEmpty()) {
            List<String> words = Keyword.words(type);
            diagnostics.error(text.location(), "unknown " + what + " '" + text.value() + "'"
                    + Suggestions.closest(text.value(), words).map(w -> "; did you mean '" + w + "'?")
                            .orElse("; expected one of " + String.join(", ", words)));
        }
        return parsed.map(value -> new Located<>(value, text.location()));
    }

    /**
     * A list of scalars. A single scalar is accepted as a list of one, and a comma-separated string is split when
     * {@code commaSeparated} is set (as SQLAlchemy's cascade strings are).
     */
    Optional<Located<List<Located<String>>>> stringList(String key, boolean commaSeparated) {
        return entry(key).flatMap(entry -> stringList(entry, commaSeparated));
    }

    Optional<Located<List<Located<String>>>> stringList(Entry entry, boolean commaSeparated) {
        SourceLocation location = YamlNodes.location(file, entry.value());
        if (entry.value() instanceof ScalarNode scalar && !YamlNodes.isNull(scalar)) {
            List<Located<String>> items = new ArrayList<>();
            if (commaSeparated) {
                String text = scalar.getValue();
                int offset = 0;
                for (String part : text.split(",", -1)) {
                    String trimmed = part.strip();
                    int start = offset + part.indexOf(trimmed.isEmpty() ? part : trimmed);
                    if (!trimmed.isEmpty()) {
                        items.add(new Located<>(trimmed, columnShifted(location, scalar, start)));
                    }
                    offset += part.length() + 1;
                }
            } else {
                items.add(new Located<>(scalar.getValue(), location));
            }
            return Optional.of(new Located<>(List.copyOf(items), location));
        }
        if (entry.value() instanceof SequenceNode sequence) {
            List<Located<String>> items = new ArrayList<>();
            boolean ok = true;
            for (Node item : sequence.getValue()) {
                if (item instanceof ScalarNode scalar && !YamlNodes.isNull(scalar)) {
                    items.add(new Located<>(scalar.getValue(), YamlNodes.location(file, scalar)));
                } else {
                    diagnostics.error(YamlNodes.location(file, item),
                            "each item of '" + entry.key() + "' must be a name, not " + YamlNodes.describe(item));
                    ok = false;
                }
            }
            return ok ? Optional.of(new Located<>(List.copyOf(items), location)) : Optional.empty();
        }
        return wrongKind(entry, "a list");
    }

    /** Where a piece of a plain one-line scalar starts; quoted or multi-line scalars keep the scalar's location. */
    private SourceLocation columnShifted(SourceLocation location, ScalarNode scalar, int offset) {
        boolean plain = scalar.getScalarStyle() == org.yaml.snakeyaml.DumperOptions.ScalarStyle.PLAIN;
        boolean oneLine = scalar.getStartMark().getLine() == scalar.getEndMark().getLine();
        return plain && oneLine
                ? new SourceLocation(location.file(), location.line(), location.column() + offset)
                : location;
    }

    private Optional<Located<String>> text(Entry entry, String expected) {
        if (entry.value() instanceof ScalarNode scalar && !YamlNodes.isNull(scalar)) {
            return Optional.of(new Located<>(scalar.getValue(), YamlNodes.location(file, scalar)));
        }
        return wrongKind(entry, expected);
    }

    private <T> Optional<T> wrongKind(Entry entry, String expected) {
        diagnostics.error(YamlNodes.location(file, entry.value()),
                "'" + entry.key() + "' " + where + " must be " + expected + ", not " + YamlNodes.describe(entry.value()));
        return Optional.empty();
    }

    String file() {
        return file;
    }

    Diagnostics diagnostics() {
        return diagnostics;
    }
}
