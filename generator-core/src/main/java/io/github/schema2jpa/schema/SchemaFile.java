package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * One loaded schema file: the immutable model of what the user wrote, every part located.
 *
 * @param file the file name as the user gave it
 * @param packageName the Java package of the entities, if the schema names one
 * @param idGeneration what {@code autoincrement: true} means in this schema (from {@code defaults.id_generation})
 * @param tables the tables, in the order written
 */
public record SchemaFile(
        String file, Optional<Located<String>> packageName, IdGeneration idGeneration, List<Table> tables) {

    public SchemaFile {
        tables = List.copyOf(tables);
    }

    public SourceLocation location() {
        return SourceLocation.ofFile(file);
    }

    public Optional<Table> table(String name) {
        return tables.stream().filter(table -> table.name().equals(name)).findFirst();
    }
}
