package io.github.schema2jpa.link;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.SchemaFile;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.SchemaLoader;
import io.github.schema2jpa.schema.SourceFiles;
import io.github.schema2jpa.validate.SchemaValidator;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A schema written inline in a test: the tables alone, as under {@code tables:}, loaded, validated and linked the
 * way a run does. Diagnostics read {@code LINE:COL: message}, lines counted in the text as given (the header the
 * helper adds is not counted).
 *
 * @param schema the linked schema (complete only when there are no errors)
 * @param diagnostics everything validation reported, in line order
 */
public record InlineSchema(LinkedSchema schema, List<Diagnostic> diagnostics) {

    private static final String HEADER = "schema2jpa: 1\npackage: org.example.inline\ntables:\n";

    /** Loads, validates and links {@code tables}, YAML whose top level is the table names. */
    public static InlineSchema of(String tables) {
        String text = HEADER + tables.lines().map(line -> "  " + line).collect(Collectors.joining("\n", "", "\n"));
        try {
            Path file = Files.createTempFile("inline", ".yaml");
            try {
                Files.writeString(file, text, StandardCharsets.UTF_8);
                SourceFiles sources = new SourceFiles();
                Diagnostics diagnostics = new Diagnostics(sources);
                SchemaFile loaded = new SchemaLoader(sources).load(file, diagnostics).orElseThrow(
                        () -> new AssertionError("not YAML: " + diagnostics.all()));
                LinkedSchema linked = new SchemaValidator().validate(
                        new SchemaIndex(loaded, NamingStrategy.standard()), diagnostics);
                return new InlineSchema(linked, diagnostics.all());
            } finally {
                Files.delete(file);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Each diagnostic as {@code LINE:COL: message}, the line counted in the tables as the test writes them. */
    public List<String> messages() {
        int headerLines = (int) HEADER.lines().count();
        return diagnostics.stream()
                .map(d -> (d.location().line() - headerLines) + ":" + (d.location().column() - 2) + ": " + d.message())
                .toList();
    }

    /** The relationship {@code name} of table {@code table}; fails the test when it was not linked. */
    public LinkedRelationship relationship(String table, String name) {
        return table(table).relationships().stream()
                .filter(relationship -> relationship.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("relationship " + table + "." + name + " was not linked"));
    }

    public LinkedTable table(String name) {
        return schema.tables().stream()
                .filter(table -> table.name().equals(name))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table " + name));
    }
}
