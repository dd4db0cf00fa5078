package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnJavaType;
import io.github.schema2jpa.schema.ColumnSize;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.IdGeneration;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.SequenceSpec;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.JavaText;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Optional;

/** Resolves basic columns: names, Java types, identifier generation and defaults. */
final class ColumnResolver {

    private final NamingStrategy naming;
    private final GeneratorOptions options;
    private final String packageName;
    private final String schemaFile;

    ColumnResolver(NamingStrategy naming, GeneratorOptions options, String packageName, String schemaFile) {
        this.naming = naming;
        this.options = options;
        this.packageName = packageName;
        this.schemaFile = schemaFile;
    }

    ColumnProperty resolve(SchemaIndex index, Table table, String entityName, Column column, boolean id) {
        ColumnType type = column.type().map(Located::value).orElseThrow();
        Optional<IdGeneration> generation = id ? Optional.of(generation(index, column)) : Optional.empty();
        Optional<SequenceSpec> sequenceSpec = column.sequence().filter(s -> generation.orElse(null) == IdGeneration.SEQUENCE);
        Optional<String> sequence = generation.filter(g -> g == IdGeneration.SEQUENCE)
                .map(g -> sequenceSpec.flatMap(SequenceSpec::name).map(Located::value)
                        .orElseGet(() -> naming.sequenceName(table.name(), column.name())));
        boolean nullable = !id && column.nullable().map(Located::value).orElse(true);
        return new ColumnProperty(
                propertyNames(column),
                column.name(),
                naming.sqlIdentifier(column.name()),
                type,
                javaType(entityName, column, type),
                id,
                generation,
                sequence,
                nullable,
                length(column, type),
                column.precision().map(Located::value),
                column.scale().map(Located::value),
                column.isVersion(),
                column.defaultValue().map(Located::value),
                column.serverDefault().map(Located::value),
                column.doc().map(JavaText::javadoc),
                sequenceSpec.flatMap(SequenceSpec::increment).map(Located::value),
                sequenceSpec.flatMap(SequenceSpec::start).map(Located::value));
    }

    /** The given length; a column as long as its longest value takes that. */
    private static Optional<Integer> length(Column column, ColumnType type) {
        if (type.facts().size() == ColumnSize.LONGEST_VALUE && column.length().isEmpty()) {
            return column.values().stream().map(value -> value.value().length()).max(Integer::compare);
        }
        return column.length().map(Located::value);
    }

    Optional<EnumModel> enumModel(String entityName, Column column) {
        if (!column.type().map(Located::value).map(ColumnType::generatesEnum).orElse(false)) {
            return Optional.empty();
        }
        return Optional.of(new EnumModel(enumClass(entityName, column),
                column.values().stream().map(Located::value).toList(), schemaFile));
    }

    /** The Java type of a column's value, which a foreign key's value shares with the key it references. */
    TypeName javaType(String entityName, Column column, ColumnType type) {
        ColumnJavaType javaType = type.facts().javaType();
        if (javaType instanceof ColumnJavaType.Fixed fixed) {
            return TypeName.get(fixed.type());
        }
        if (javaType instanceof ColumnJavaType.TimestampWithTimeZone) {
            return ClassName.get(options.timestampWithTimeZone() == GeneratorOptions.TimestampWithTimeZoneType.INSTANT
                    ? Instant.class : OffsetDateTime.class);
        }
        if (javaType instanceof ColumnJavaType.GeneratedEnum) {
            return enumClass(entityName, column);
        }
        throw new IllegalStateException("no Java type for " + javaType);
    }

    PropertyNames propertyNames(Column column) {
        String property = column.javaName().map(Located::value).orElseGet(() -> naming.propertyName(column.name()));
        return names(naming, property);
    }

    static PropertyNames names(NamingStrategy naming, String property) {
        return new PropertyNames(property, naming.fieldName(property), naming.getterName(property),
                naming.setterName(property));
    }

    private ClassName enumClass(String entityName, Column column) {
        String name = column.enumName().map(Located::value)
                .orElseGet(() -> naming.enumTypeName(entityName, column.name()));
        return ClassName.get(packageName, name);
    }

    private static IdGeneration generation(SchemaIndex index, Column column) {
        if (column.generation().isPresent()) {
            return column.generation().get().value();
        }
        return column.isAutoincrement() ? index.schema().idGeneration() : IdGeneration.ASSIGNED;
    }

}
