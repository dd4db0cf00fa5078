package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.IdGeneration;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.Optional;

/**
 * Columns: type options fit the type, key generation fits the key, defaults fit the column's size. Whether a default
 * is a value of its type is checked once, where it is read ({@link io.github.schema2jpa.schema.ColumnDefaults}).
 */
final class ColumnRules implements SchemaValidator.Rule {

    /** The integral types, as a message lists them: {@code integer, bigint or smallint}. */
    private static final String INTEGRAL = ColumnType.wordsWhere(ColumnType::isIntegral, "or");

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        for (Table table : index.schema().tables()) {
            boolean primaryKeyList = table.primaryKey().isPresent();
            for (Column column : table.columns()) {
                boolean isKey = column.primaryKey()
                        || (primaryKeyList && table.primaryKeyColumns().contains(column.name()));
                column.type().ifPresent(type -> checkTypeOptions(column, type, diagnostics));
                checkKey(column, isKey, diagnostics);
                column.type().ifPresent(type -> column.defaultValue().ifPresent(value ->
                        DefaultSizes.check(column, type.value(), value, diagnostics)));
            }
        }
    }

    private static void checkTypeOptions(Column column, Located<ColumnType> located, Diagnostics diagnostics) {
        ColumnType type = located.value();
        if (!type.hasLength()) {
            notFor(column.length(), "length", ColumnType.wordsWhere(ColumnType::hasLength, "and"), type, diagnostics);
        }
        if (!type.hasPrecision()) {
            String types = ColumnType.wordsWhere(ColumnType::hasPrecision, "and");
            notFor(column.precision(), "precision", types, type, diagnostics);
            notFor(column.scale(), "scale", types, type, diagnostics);
        } else if (column.precision().isPresent() && column.scale().isPresent()
                && column.scale().get().value() > column.precision().get().value()) {
            diagnostics.error(column.scale().get().location(), "scale " + column.scale().get().value()
                    + " is larger than precision " + column.precision().get().value());
        }
        if (type == ColumnType.ENUM) {
            if (column.values().isEmpty()) {
                diagnostics.error(located.location(), "enum column '" + column.name() + "' has no values");
            }
            for (Located<String> value : column.values()) {
                if (!javax.lang.model.SourceVersion.isName(value.value())) {
                    diagnostics.error(value.location(), "enum value '" + value.value()
                            + "' cannot become a Java enum constant");
                }
            }
        } else {
            if (!column.values().isEmpty()) {
                diagnostics.error(column.values().get(0).location(),
                        "'values' applies to enum columns, not " + type.word());
            }
            notFor(column.enumName(), "enum_name", "enum", type, diagnostics);
        }
        column.version().filter(Located::value).ifPresent(version -> {
            if (!type.isIntegral()) {
                diagnostics.error(version.location(), "a version column must be " + INTEGRAL + ", not "
                        + type.word());
            }
            // Hibernate writes the version on insert and on every update, and refuses one the database generates
            column.serverDefault().ifPresent(serverDefault -> diagnostics.error(serverDefault.location(),
                    "a version column takes no server_default: Hibernate writes its value on every insert and update;"
                            + " remove the server_default (the first version is 0)"));
        });
    }

    private static void notFor(Optional<? extends Located<?>> option, String key, String types, ColumnType type,
            Diagnostics diagnostics) {
        option.ifPresent(value -> diagnostics.error(value.location(),
                "'" + key + "' applies to " + types + " columns, not " + type.word()));
    }

    private static void checkKey(Column column, boolean isKey, Diagnostics diagnostics) {
        column.nullable().filter(Located::value).filter(n -> isKey).ifPresent(nullable ->
                diagnostics.error(nullable.location(), "a primary key column is never nullable"));
        if (!isKey) {
            column.autoincrement().filter(Located::value).ifPresent(a -> diagnostics.error(a.location(),
                    "'autoincrement' applies to primary key columns"));
            column.generation().ifPresent(g -> diagnostics.error(g.location(),
                    "'generation' applies to primary key columns"));
            return;
        }
        column.version().filter(Located::value).ifPresent(v -> diagnostics.error(v.location(),
                "a primary key column cannot be the version column"));
        Optional<Located<IdGeneration>> generation = column.generation();
        if (generation.isPresent() && column.autoincrement().isPresent()) {
            diagnostics.error(generation.get().location(), "give either 'autoincrement' or 'generation', not both");
        }
        column.type().ifPresent(type -> generation.ifPresent(g -> checkGenerationType(g, type.value(), diagnostics)));
        column.type().ifPresent(type -> column.autoincrement().filter(Located::value)
                .filter(a -> !type.value().isIntegral())
                .ifPresent(a -> diagnostics.error(a.location(),
                        "'autoincrement' needs an " + INTEGRAL + " key, not " + type.value().word())));
    }

    private static void checkGenerationType(Located<IdGeneration> generation, ColumnType type, Diagnostics diagnostics) {
        SourceLocation location = generation.location();
        switch (generation.value()) {
            case IDENTITY, SEQUENCE -> {
                if (!type.isIntegral()) {
                    diagnostics.error(location, "'" + generation.value().word()
                            + "' generation needs an " + INTEGRAL + " key, not " + type.word());
                }
            }
            case UUID -> {
                if (!type.holdsGeneratedUuid()) {
                    diagnostics.error(location, "'uuid' generation needs a uuid or string key, not " + type.word());
                }
            }
            case ASSIGNED -> {
                // any type can be assigned by the application
            }
        }
    }
}
