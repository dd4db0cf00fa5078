package io.github.schema2jpa.resolve;

import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.schema.ColumnDefault;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.IdGeneration;
import java.util.Optional;

/**
 * A basic property mapped to one column.
 *
 * @param names Java names
 * @param columnName the column, as in the database
 * @param sqlName the column as written in the mapping (quoted when it is a reserved word)
 * @param columnType the schema type
 * @param javaType the Java type
 * @param id whether it is the identifier
 * @param generation how the identifier gets its value; empty for an identifier derived from a one-to-one
 *     relationship that shares it ({@code @MapsId}), and for other columns
 * @param sequenceName the sequence of a sequence-generated identifier
 * @param nullable whether the column accepts NULL
 * @param length length of a string or binary column
 * @param precision precision of a decimal column
 * @param scale scale of a decimal column
 * @param version whether it is the optimistic-locking version
 * @param defaultValue the value given on insert when none was set
 * @param serverDefault SQL text of the DDL default
 * @param doc Javadoc text, already escaped for a comment ({@link io.github.schema2jpa.text.JavaText#javadoc})
 * @param sequenceIncrement the increment of the key's sequence, when the schema gives it
 * @param sequenceStart the first value of the key's sequence, when the schema gives it
 */
public record ColumnProperty(
        PropertyNames names,
        String columnName,
        String sqlName,
        ColumnType columnType,
        TypeName javaType,
        boolean id,
        Optional<IdGeneration> generation,
        Optional<String> sequenceName,
        boolean nullable,
        Optional<Integer> length,
        Optional<Integer> precision,
        Optional<Integer> scale,
        boolean version,
        Optional<ColumnDefault> defaultValue,
        Optional<String> serverDefault,
        Optional<String> doc,
        Optional<Integer> sequenceIncrement,
        Optional<Integer> sequenceStart) {

    /** This identifier, taken from the entity a one-to-one relationship shares it with rather than generated. */
    public ColumnProperty derivedIdentifier() {
        return new ColumnProperty(names, columnName, sqlName, columnType, javaType, id, Optional.empty(), Optional.empty(),
                nullable, length, precision, scale, version, defaultValue, serverDefault, doc, Optional.empty(),
                Optional.empty());
    }

    /** Large values ({@code text}, {@code binary}) stay out of {@code toString}. */
    public boolean isLarge() {
        return columnType.isLarge();
    }
}
