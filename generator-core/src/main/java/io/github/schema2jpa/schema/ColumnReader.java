package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.List;

import java.util.Optional;
import org.yaml.snakeyaml.nodes.ScalarNode;

/** Reads one column: either the shorthand {@code name: type} or a mapping of column keys. */
final class ColumnReader {

    private static final List<String> COLUMN_KEYS = List.of(
            "type", "length", "precision", "scale", "values", "enum_name", "primary_key", "autoincrement",
            "generation", "nullable", "unique", "index", "default", "server_default", "foreign_key", "java_name",
            "doc", "version", "sequence");
    private static final List<String> SEQUENCE_KEYS = List.of("name", "increment", "start");
    private static final List<String> FOREIGN_KEY_KEYS = List.of("references", "ondelete", "onupdate");

    private final String file;
    private final Diagnostics diagnostics;

    ColumnReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Optional<Column> read(MappingReader.Entry entry) {
        String name = entry.key();
        if (entry.value() instanceof ScalarNode scalar && !YamlNodes.isNull(scalar)) {
            Located<String> typeWord = new Located<>(scalar.getValue(), YamlNodes.location(file, scalar));
            Optional<Located<ColumnType>> type = parseType(typeWord);
            return Optional.of(new Column(name, entry.keyLocation(), type, Optional.empty(), Optional.empty(),
                    Optional.empty(), List.of(), Optional.empty(), false, Optional.empty(), Optional.empty(),
                    Optional.empty(), false, false, Optional.empty(), Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty()));
        }
        String where = "in column '" + name + "'";
        Optional<MappingReader> maybeReader =
                MappingReader.of(file, diagnostics, where, "column '" + name + "'", entry.value());
        if (maybeReader.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = maybeReader.get().allowOnly(COLUMN_KEYS);
        Optional<Located<ColumnType>> type = reader.string("type").flatMap(this::parseType);
        if (!reader.has("type")) {
            diagnostics.error(entry.keyLocation(), "column '" + name + "' has no type");
        }
        List<Located<String>> values = reader.stringList("values", false).map(Located::value).orElse(List.of());
        return Optional.of(new Column(
                name,
                entry.keyLocation(),
                type,
                reader.integer("length"),
                reader.integer("precision"),
                reader.integer("scale"),
                values,
                reader.string("enum_name"),
                reader.bool("primary_key").map(Located::value).orElse(false),
                reader.bool("autoincrement"),
                reader.keyword("generation", IdGeneration.class, "id generation"),
                reader.bool("nullable"),
                reader.bool("unique").map(Located::value).orElse(false),
                reader.bool("index").map(Located::value).orElse(false),
                reader.string("default").flatMap(text -> type.flatMap(t -> parseDefault(t.value(), text, values))),
                reader.string("server_default"),
                reader.entry("foreign_key").flatMap(fk -> readForeignKey(reader, fk, name)),
                reader.string("java_name"),
                reader.string("doc").map(Located::value),
                reader.bool("version"),
                reader.entry("sequence").flatMap(sequence -> readSequence(reader, sequence, name))));
    }

    private Optional<Located<ColumnType>> parseType(Located<String> word) {
        Optional<ColumnType> type = Keyword.parse(ColumnType.class, word.value());
        if (type.isEmpty()) {
            diagnostics.error(word.location(), "unknown type '" + word.value() + "'"
                    + io.github.schema2jpa.diagnostic.Suggestions.closest(word.value(), Keyword.words(ColumnType.class))
                            .map(w -> "; did you mean '" + w + "'?")
                            .orElse("; expected one of " + String.join(", ", Keyword.words(ColumnType.class))));
        }
        return type.map(t -> new Located<>(t, word.location()));
    }

    private Optional<Located<ColumnDefault>> parseDefault(ColumnType type, Located<String> text,
            List<Located<String>> values) {
        ColumnDefaults.Parsed parsed = ColumnDefaults.parse(type, text, values.stream().map(Located::value).toList());
        if (parsed instanceof ColumnDefaults.Invalid invalid) {
            diagnostics.error(invalid.location(), invalid.message());
            return Optional.empty();
        }
        return Optional.of(((ColumnDefaults.Valid) parsed).value());
    }

    /** {@code sequence: name} or {@code sequence: { name: ..., increment: ..., start: ... }}. */
    private Optional<SequenceSpec> readSequence(MappingReader column, MappingReader.Entry entry, String name) {
        SourceLocation location = entry.keyLocation();
        if (entry.value() instanceof ScalarNode) {
            return column.string("sequence").map(sequenceName ->
                    new SequenceSpec(location, Optional.of(sequenceName), Optional.empty(), Optional.empty()));
        }
        String where = "in sequence of column '" + name + "'";
        return MappingReader.of(file, diagnostics, where, "'sequence'", entry.value()).map(reader -> {
            reader.allowOnly(SEQUENCE_KEYS);
            return new SequenceSpec(location, reader.string("name"), reader.integer("increment"),
                    reader.integer("start"));
        });
    }

    private Optional<ForeignKeyRef> readForeignKey(MappingReader column, MappingReader.Entry entry, String name) {
        if (entry.value() instanceof ScalarNode) {
            return column.string("foreign_key").flatMap(target -> reference(target, Optional.empty(), Optional.empty()));
        }
        String where = "in foreign_key of column '" + name + "'";
        return MappingReader.of(file, diagnostics, where, "'foreign_key'", entry.value()).flatMap(reader -> {
            reader.allowOnly(FOREIGN_KEY_KEYS);
            Optional<Located<ReferentialAction>> onDelete =
                    reader.keyword("ondelete", ReferentialAction.class, "referential action");
            Optional<Located<ReferentialAction>> onUpdate =
                    reader.keyword("onupdate", ReferentialAction.class, "referential action");
            Optional<Located<String>> references = reader.string("references");
            if (!reader.has("references")) {
                diagnostics.error(YamlNodes.location(file, entry.value()),
                        "foreign_key of column '" + name + "' has no 'references: table.column'");
            }
            return references.flatMap(target -> reference(target, onDelete, onUpdate));
        });
    }

    private Optional<ForeignKeyRef> reference(
            Located<String> target,
            Optional<Located<ReferentialAction>> onDelete,
            Optional<Located<ReferentialAction>> onUpdate) {
        String text = target.value();
        int dot = text.indexOf('.');
        if (dot <= 0 || dot == text.length() - 1 || text.indexOf('.', dot + 1) >= 0) {
            diagnostics.error(target.location(), "a foreign key is written 'table.column', not '" + text + "'");
            return Optional.empty();
        }
        SourceLocation location = target.location();
        return Optional.of(new ForeignKeyRef(text.substring(0, dot), text.substring(dot + 1), location, onDelete, onUpdate));
    }

}
