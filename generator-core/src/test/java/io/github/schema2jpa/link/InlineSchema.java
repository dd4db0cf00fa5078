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
import java.util.Locale;
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

    /** The linked facts of every relationship, in the order written, one line each: see {@link #facts(LinkedRelationship)}. */
    public List<String> facts() {
        return schema.relationships().stream().map(this::facts).toList();
    }

    /**
     * The linked facts of one relationship as a line: {@code releases.package: many_to_one to packages, key
     * releases.package_id -> packages.id, owning, holds the key, partner releases}. The kind SQLAlchemy infers from
     * the keys follows in brackets where it differs; the key role where it is not plain.
     */
    public String facts(LinkedRelationship link) {
        StringBuilder out = new StringBuilder(link.declaringTable().name() + "." + link.name() + ": ")
                .append(link.kind().word());
        if (link.inferredKind() != link.kind()) {
            out.append(" (inferred ").append(link.inferredKind().word()).append(')');
        }
        out.append(" to ").append(link.target().name());
        link.foreignKey().ifPresent(key -> out.append(", key ").append(key.table().name()).append('.')
                .append(key.column().name()).append(" -> ").append(key.referencedTable().name()).append('.')
                .append(key.referencedColumn().name()));
        link.associationTable().ifPresent(association -> out.append(", through ").append(association.table().name())
                .append(" (").append(association.toDeclaringTable().name()).append(", ")
                .append(association.toTarget().name()).append(')'));
        out.append(link.owningSide() ? ", owning" : ", inverse");
        if (link.holdsForeignKey()) {
            out.append(", holds the key");
        }
        if (link.ownsJoinTable()) {
            out.append(", holds the join table");
        }
        if (link.keyRole() != KeyRole.PLAIN) {
            out.append(", ").append(link.keyRole().name().toLowerCase(Locale.ROOT).replace('_', ' '));
        }
        schema.partner(link).ifPresent(partner -> out.append(", partner ").append(partner.name()));
        return out.toString();
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
