package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.IdGeneration;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.SchemaText;
import io.github.schema2jpa.text.SqlText;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Names that reach the database: table, column and index names are plain SQL identifiers (see
 * {@link SqlText#isSqlName}), and no two of the names the database keeps in one namespace are the same once the
 * case of unquoted names is folded: the tables, indexes, unique constraints and sequences of a schema, and the
 * columns of a table.
 */
final class SqlNameRules implements SchemaValidator.Rule {

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        NamingStrategy naming = index.naming();
        Map<String, Owner> relations = new HashMap<>();
        for (Table table : index.schema().tables()) {
            boolean tableOk = plain(table.name(), "table name", table.location(), diagnostics);
            if (tableOk) {
                unique(relations, table.name(), "table '" + table.name() + "'", table.location(), diagnostics);
            }
            Map<String, Owner> columns = new HashMap<>();
            for (Column column : table.columns()) {
                if (plain(column.name(), "column name", column.location(), diagnostics)) {
                    unique(columns, column.name(), "column '" + column.name() + "' of table '" + table.name() + "'",
                            column.location(), diagnostics);
                }
            }
            for (Table.NamedIndex named : table.indexes()) {
                if (plain(named.name(), "index name", named.location(), diagnostics)) {
                    unique(relations, named.name(), "index '" + named.name() + "' of table '" + table.name() + "'",
                            named.location(), diagnostics);
                }
            }
            if (!tableOk) {
                continue;
            }
            for (Column column : table.columns()) {
                if (!SqlText.isSqlName(column.name())) {
                    continue;
                }
                List<String> alone = List.of(column.name());
                String of = " of column '" + column.name() + "' of table '" + table.name() + "'";
                if (column.index()) {
                    derived(relations, naming.indexName(table.name(), alone), "index", of, column.location(),
                            diagnostics);
                }
                if (column.unique()) {
                    derived(relations, naming.uniqueConstraintName(table.name(), alone), "unique constraint", of,
                            column.location(), diagnostics);
                }
                if (sequence(index, table, column)) {
                    derived(relations, naming.sequenceName(table.name(), column.name()), "sequence", of,
                            column.location(), diagnostics);
                }
            }
            for (Located<List<Located<String>>> unique : table.uniqueConstraints()) {
                List<String> names = unique.value().stream().map(Located::value).toList();
                if (names.stream().allMatch(SqlText::isSqlName)) {
                    derived(relations, naming.uniqueConstraintName(table.name(), names), "unique constraint",
                            " of table '" + table.name() + "'", unique.location(), diagnostics);
                }
            }
        }
    }

    /** Where a name was first given, and what it named. */
    private record Owner(String what, SourceLocation location) {
    }

    private static boolean plain(String name, String what, SourceLocation location, Diagnostics diagnostics) {
        Optional<String> problem = SqlText.sqlNameProblem(name);
        problem.ifPresent(reason -> diagnostics.error(location, what + " '" + SchemaText.shown(name) + "' " + reason
                + SqlText.sqlNameSuggestion(name).map(better -> "; write '" + better + "' instead")
                        .orElse(reason.contains("bytes long") ? "; shorten it" : "; rename it")));
        return problem.isEmpty();
    }

    private static void derived(Map<String, Owner> relations, String name, String kind, String of,
            SourceLocation location, Diagnostics diagnostics) {
        unique(relations, name, kind + " '" + name + "'" + of, location, diagnostics);
    }

    private static void unique(Map<String, Owner> seen, String name, String what, SourceLocation location,
            Diagnostics diagnostics) {
        Owner previous = seen.putIfAbsent(name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT), new Owner(what, location));
        if (previous != null) {
            diagnostics.error(location, what + " has the name of " + previous.what() + " (line "
                    + previous.location().line() + "), and the database ignores the case of unquoted names:"
                    + " rename one of them");
        }
    }

    private static boolean sequence(SchemaIndex index, Table table, Column column) {
        boolean key = column.primaryKey() || table.primaryKeyColumns().contains(column.name());
        if (!key) {
            return false;
        }
        return column.generation().map(Located::value)
                .orElse(column.isAutoincrement() ? index.schema().idGeneration() : IdGeneration.ASSIGNED)
                == IdGeneration.SEQUENCE;
    }
}
