package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.yaml.snakeyaml.nodes.Node;

/** Turns the YAML nodes of a schema file into the located model, reporting every problem on the way. */
final class SchemaReader {

    /** The only format version this generator reads. */
    static final int FORMAT_VERSION = 1;

    private static final List<String> TOP_KEYS = List.of("schema2jpa", "package", "defaults", "tables");
    private static final List<String> DEFAULTS_KEYS = List.of("id_generation");
    private static final List<String> TABLE_KEYS = List.of(
            "entity", "doc", "columns", "relationships", "primary_key", "unique", "indexes", "customizable");

    private final String file;
    private final Diagnostics diagnostics;

    SchemaReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Optional<SchemaFile> read(Node root) {
        Optional<MappingReader> maybeTop = MappingReader.of(file, diagnostics, "at the top level", "a schema", root);
        if (maybeTop.isEmpty()) {
            return Optional.empty();
        }
        MappingReader top = maybeTop.get().allowOnly(TOP_KEYS);
        checkVersion(top);
        Optional<Located<String>> packageName = top.string("package");
        IdGeneration idGeneration = top.entry("defaults")
                .flatMap(entry -> MappingReader.of(file, diagnostics, "in defaults", "'defaults'", entry.value()))
                .map(defaults -> defaults.allowOnly(DEFAULTS_KEYS))
                .flatMap(defaults -> defaults.keyword("id_generation", IdGeneration.class, "id generation"))
                .map(Located::value)
                .orElse(IdGeneration.IDENTITY);
        List<Table> tables = new ArrayList<>();
        Optional<MappingReader.Entry> tablesEntry = top.entry("tables");
        if (tablesEntry.isEmpty()) {
            diagnostics.error(SourceLocation.ofFile(file), "a schema must have 'tables'");
        } else {
            MappingReader.of(file, diagnostics, "in tables", "'tables'", tablesEntry.get().value())
                    .ifPresent(reader -> reader.entries().forEach(entry -> readTable(entry).ifPresent(tables::add)));
        }
        return Optional.of(new SchemaFile(file, packageName, idGeneration, tables));
    }

    private void checkVersion(MappingReader top) {
        if (!top.has("schema2jpa")) {
            diagnostics.error(SourceLocation.ofFile(file),
                    "missing format version: a schema starts with 'schema2jpa: " + FORMAT_VERSION + "'");
            return;
        }
        top.integer("schema2jpa").ifPresent(version -> {
            if (version.value() != FORMAT_VERSION) {
                diagnostics.error(version.location(), "unsupported format version " + version.value()
                        + "; this generator reads version " + FORMAT_VERSION);
            }
        });
    }

    private Optional<Table> readTable(MappingReader.Entry entry) {
        String name = entry.key();
        String where = "in table '" + name + "'";
        Optional<MappingReader> maybeReader =
                MappingReader.of(file, diagnostics, where, "table '" + name + "'", entry.value());
        if (maybeReader.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = maybeReader.get().allowOnly(TABLE_KEYS);
        ColumnReader columnReader = new ColumnReader(file, diagnostics);
        RelationshipReader relationshipReader = new RelationshipReader(file, diagnostics);
        List<Column> columns = new ArrayList<>();
        reader.entry("columns")
                .flatMap(e -> MappingReader.of(file, diagnostics, where, "'columns'", e.value()))
                .ifPresent(r -> r.entries().forEach(c -> columnReader.read(c).ifPresent(columns::add)));
        List<Relationship> relationships = new ArrayList<>();
        reader.entry("relationships")
                .flatMap(e -> MappingReader.of(file, diagnostics, where, "'relationships'", e.value()))
                .ifPresent(r -> r.entries().forEach(rel -> relationshipReader.read(rel).ifPresent(relationships::add)));
        return Optional.of(new Table(
                name,
                entry.keyLocation(),
                reader.string("entity"),
                reader.string("doc").map(Located::value),
                columns,
                relationships,
                reader.stringList("primary_key", false),
                readUniqueConstraints(reader),
                readIndexes(reader, where),
                reader.bool("customizable").map(Located::value).orElse(false)));
    }

    private List<Located<List<Located<String>>>> readUniqueConstraints(MappingReader reader) {
        List<Located<List<Located<String>>>> constraints = new ArrayList<>();
        reader.entry("unique").ifPresent(entry -> {
            if (entry.value() instanceof org.yaml.snakeyaml.nodes.SequenceNode sequence) {
                for (Node item : sequence.getValue()) {
                    MappingReader.Entry itemEntry = new MappingReader.Entry("unique", entry.keyLocation(), item);
                    reader.stringList(itemEntry, false).ifPresent(constraints::add);
                }
            } else {
                diagnostics.error(YamlNodes.location(file, entry.value()),
                        "'unique' must be a list of column lists, not " + YamlNodes.describe(entry.value()));
            }
        });
        return constraints;
    }

    private List<Table.NamedIndex> readIndexes(MappingReader reader, String where) {
        List<Table.NamedIndex> indexes = new ArrayList<>();
        reader.entry("indexes")
                .flatMap(e -> MappingReader.of(file, diagnostics, where, "'indexes'", e.value()))
                .ifPresent(r -> r.entries().forEach(index -> r.stringList(index, false).ifPresent(columns ->
                        indexes.add(new Table.NamedIndex(index.key(), index.keyLocation(), columns.value())))));
        return indexes;
    }
}
