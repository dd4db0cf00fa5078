package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;

/**
 * A column as the schema describes it.
 *
 * @param name the column name, exactly as in the database
 * @param location where the column's name is written
 * @param type the type; empty when the schema named no valid type (already reported)
 * @param length the length of a string or binary column
 * @param precision the precision of a decimal column
 * @param scale the scale of a decimal column
 * @param values the constants of an enum column
 * @param enumName the Java name of an enum column's type
 * @param primaryKey whether the column is (part of) the primary key by {@code primary_key: true}
 * @param autoincrement whether {@code autoincrement: true} was given
 * @param generation an explicit {@code generation}
 * @param nullable an explicit {@code nullable}
 * @param unique whether the column is unique on its own
 * @param index whether the column has an index of its own
 * @param defaultValue the client-side default, parsed for the column's type; empty when the default cannot be
 *     parsed (already reported)
 * @param serverDefault SQL text for the DDL default
 * @param foreignKey the referenced column, if the column is a foreign key
 * @param javaName an override of the Java field name
 * @param doc Javadoc for the field
 * @param version whether the column is the optimistic-locking version
 * @param sequence the sequence of a sequence-generated key, when the schema describes it
 */
public record Column(
        String name,
        SourceLocation location,
        Optional<Located<ColumnType>> type,
        Optional<Located<Integer>> length,
        Optional<Located<Integer>> precision,
        Optional<Located<Integer>> scale,
        List<Located<String>> values,
        Optional<Located<String>> enumName,
        boolean primaryKey,
        Optional<Located<Boolean>> autoincrement,
        Optional<Located<IdGeneration>> generation,
        Optional<Located<Boolean>> nullable,
        boolean unique,
        boolean index,
        Optional<Located<ColumnDefault>> defaultValue,
        Optional<Located<String>> serverDefault,
        Optional<ForeignKeyRef> foreignKey,
        Optional<Located<String>> javaName,
        Optional<String> doc,
        Optional<Located<Boolean>> version,
        Optional<SequenceSpec> sequence) {

    public Column {
        values = List.copyOf(values);
    }

    public boolean isVersion() {
        return version.map(Located::value).orElse(false);
    }

    public boolean isAutoincrement() {
        return autoincrement.map(Located::value).orElse(false);
    }
}
