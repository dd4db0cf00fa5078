package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.IdGeneration;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.SequenceSpec;
import io.github.schema2jpa.schema.Table;
import java.util.regex.Pattern;

/**
 * A column's {@code sequence}: only on a key that a sequence generates, a name the database takes without quoting,
 * and an increment and a start of at least 1.
 */
final class SequenceRules implements SchemaValidator.Rule {

    private static final Pattern SQL_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_$]{0,62}");

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        for (Table table : index.schema().tables()) {
            for (Column column : table.columns()) {
                column.sequence().ifPresent(sequence -> check(index, table, column, sequence, diagnostics));
            }
        }
    }

    private static void check(SchemaIndex index, Table table, Column column, SequenceSpec sequence,
            Diagnostics diagnostics) {
        boolean isKey = column.primaryKey() || table.primaryKeyColumns().contains(column.name());
        if (!isKey || generation(index, column) != IdGeneration.SEQUENCE) {
            diagnostics.error(sequence.location(), "'sequence' applies to a primary key that a sequence generates;"
                    + " add 'generation: sequence' to column '" + column.name() + "'");
        }
        sequence.name().filter(name -> !SQL_NAME.matcher(name.value()).matches()).ifPresent(name ->
                diagnostics.error(name.location(), "sequence name '" + name.value() + "' is not an SQL name: letters,"
                        + " digits, '_' and '$', not starting with a digit, at most 63 characters"));
        sequence.increment().filter(increment -> increment.value() < 1).ifPresent(increment ->
                diagnostics.error(increment.location(), "a sequence's increment is at least 1"));
        sequence.start().filter(start -> start.value() < 1).ifPresent(start ->
                diagnostics.error(start.location(), "a sequence's start is at least 1"));
    }

    private static IdGeneration generation(SchemaIndex index, Column column) {
        return column.generation().map(Located::value).orElse(
                column.isAutoincrement() ? index.schema().idGeneration() : IdGeneration.ASSIGNED);
    }
}
