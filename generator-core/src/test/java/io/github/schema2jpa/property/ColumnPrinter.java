package io.github.schema2jpa.property;

import io.github.schema2jpa.property.Names.Name;
import io.github.schema2jpa.property.RenderState.Built;
import io.github.schema2jpa.property.SchemaSpec.ColumnSpec;
import io.github.schema2jpa.property.SchemaSpec.Fk;
import io.github.schema2jpa.property.SchemaSpec.Generation;
import io.github.schema2jpa.property.SchemaSpec.Key;
import io.github.schema2jpa.property.SchemaSpec.KeyType;
import io.github.schema2jpa.property.SchemaSpec.TableSpec;
import io.github.schema2jpa.property.Yaml.Mapping;
import io.github.schema2jpa.property.Yaml.MappingBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Prints tables with their keys and columns, and foreign key columns. */
final class ColumnPrinter {
    private final RenderState state;

    ColumnPrinter(RenderState state) {
        this.state = state;
    }

    Built table(TableSpec spec) {
        Built table = state.newTable(spec);
        MappingBuilder node = state.tables.get(table.table());
        state.use(spec.doc());
        spec.doc().ifPresent(doc -> node.put("doc", doc.text()));
        if (spec.customizable()) {
            node.put("customizable", true);
            state.types.add(state.naming.baseClassName(table.entity()));
        }
        MappingBuilder cols = state.columns.get(table.table());
        String keyColumn = state.member(table.table(), spec.key().column(),
                spec.key().column().text().equals("id") ? "" : "");
        List<String> keyColumns = new ArrayList<>(List.of(keyColumn));
        if (spec.compositeKey()) {
            cols.put(keyColumn, Yaml.mapping().put("type", spec.key().type().word()).build());
            String second = state.member(table.table(), spec.key().column(), "_part");
            cols.put(second, Yaml.mapping().put("type", "integer").build());
            keyColumns.add(second);
            node.put("primary_key", Yaml.strings(keyColumns));
            state.types.add(state.naming.idClassName(table.entity()));
        } else {
            cols.put(keyColumn, keyColumn(spec.key()));
        }
        List<String> plain = new ArrayList<>();
        boolean versioned = false;
        for (ColumnSpec column : spec.columns()) {
            boolean version = column.version() && !versioned && integral(column.type());
            versioned |= version;
            String name = column(table, column, version);
            // H2 cannot index a text column (a CLOB there; the schema gets a warning), and the schemas boot on H2
            if (!column.type().equals("text")) {
                plain.add(name);
            }
        }
        if (spec.uniqueList() && !plain.isEmpty()) {
            node.put("unique", new Yaml.Sequence(List.of(Yaml.strings(List.of(keyColumn, plain.get(0))))));
        }
        if (spec.indexList() && !plain.isEmpty()) {
            node.put("indexes", Yaml.mapping()
                    .put("ix_" + table.table() + "_" + plain.get(plain.size() - 1) + "_idx", Yaml.strings(plain))
                    .build());
        }
        return new Built(table.table(), table.entity(), keyColumn, spec.key().type());
    }

    private static Mapping keyColumn(Key key) {
        MappingBuilder column = Yaml.mapping().put("type", key.type().word()).put("primary_key", true);
        Generation generation = key.generation();
        boolean integral = key.type().integral();
        switch (generation) {
            case NONE -> { }
            case AUTOINCREMENT -> {
                if (integral) {
                    column.put("autoincrement", true);
                }
            }
            case IDENTITY, SEQUENCE -> column.put("generation", integral
                    ? generation.name().toLowerCase(Locale.ROOT) : (key.type() == KeyType.SMALLINT ? "assigned" : "uuid"));
            case ASSIGNED -> column.put("generation", "assigned");
            case UUID -> column.put("generation", integral ? "assigned" : "uuid");
        }
        return column.build();
    }

    private static boolean integral(String type) {
        return type.equals("integer") || type.equals("bigint") || type.equals("smallint");
    }

    String column(Built table, ColumnSpec spec, boolean version) {
        String name = state.member(table.table(), spec.name(), "");
        String type = spec.type();
        MappingBuilder cols = state.columns.get(table.table());
        if (spec.shorthand() && !type.equals("enum")) {
            cols.put(name, type);
            return name;
        }
        MappingBuilder column = Yaml.mapping().put("type", type);
        if (type.equals("string") || type.equals("binary")) {
            spec.length().ifPresent(length -> column.put("length", length));
        }
        if (type.equals("decimal")) {
            spec.precision().ifPresent(precision -> {
                column.put("precision", precision);
                column.put("scale", Math.min(spec.scale(), precision));
            });
        }
        if (type.equals("enum")) {
            enumValues(table, spec, name, column);
        }
        spec.nullable().ifPresent(nullable -> column.put("nullable", nullable));
        boolean indexable = !type.equals("text"); // H2 cannot index a CLOB: see above
        if (spec.unique() && indexable) {
            column.put("unique", true);
        }
        if (spec.index() && indexable) {
            column.put("index", true);
        }
        Optional<Object> defaultValue = Defaults.client(type, spec.defaultChoice(), spec.enumValues());
        defaultValue.ifPresent(value -> column.put("default", value));
        if (defaultValue.isPresent() && Defaults.hostile(value(defaultValue))) {
            state.hostile = true;
        }
        if (spec.serverDefault() && !version) { // a version column takes no server_default (an error)
            Defaults.server(type, spec.enumValues()).ifPresent(value -> column.put("server_default", value));
        }
        state.javaName(table.table(), spec.javaName()).ifPresent(javaName -> column.put("java_name", javaName));
        state.use(spec.doc());
        spec.doc().ifPresent(doc -> column.put("doc", doc.text()));
        if (version) {
            column.put("version", true);
        }
        cols.put(name, column.build());
        return name;
    }

    /** An enum column's values and, if the spec names it, its type's name. */
    private void enumValues(Built table, ColumnSpec spec, String name, MappingBuilder column) {
        column.put("values", Yaml.strings(spec.enumValues()));
        if (spec.enumValues().contains("_")) {
            state.hostile = true;
        }
        String enumName = spec.enumName().map(n -> state.naming.entityName(state.use(n)))
                .orElse(state.naming.enumTypeName(table.entity(), name));
        spec.enumName().ifPresent(n -> column.put("enum_name", enumName));
        state.types.add(enumName);
    }

    private static Object value(Optional<Object> value) {
        return value.orElse(null);
    }

    /** A foreign key column in {@code child} to {@code parent}'s key. */
    String foreignKey(Built child, Built parent, Name name, Fk fk, boolean unique, boolean key) {
        String column = state.member(child.table(), name, "_id");
        MappingBuilder node = Yaml.mapping().put("type", parent.keyType().word());
        if (key) {
            node.put("primary_key", true);
        }
        String reference = parent.table() + "." + parent.keyColumn();
        if (fk.asMapping() || fk.ondelete().isPresent() || fk.onupdate().isPresent()) {
            MappingBuilder ref = Yaml.mapping().put("references", reference);
            fk.ondelete().ifPresent(action -> ref.put("ondelete", action));
            fk.onupdate().ifPresent(action -> ref.put("onupdate", action));
            node.put("foreign_key", ref.build());
        } else {
            node.put("foreign_key", reference);
        }
        if (fk.notNull() && !key) {
            node.put("nullable", false);
        }
        if (unique && !key) {
            node.put("unique", true);
        }
        if (fk.index() && !key) {
            node.put("index", true);
        }
        state.columns.get(child.table()).put(column, node.build());
        return column;
    }

    /** Puts {@code node} in place of the table's column of that name, where it stands. */
    void replaceColumn(String table, String column, Mapping node) {
        MappingBuilder old = state.columns.get(table);
        MappingBuilder fresh = Yaml.mapping();
        for (Yaml.Entry entry : old.build().entries()) {
            fresh.put(entry.key(), entry.key().equals(column) ? node : entry.value());
        }
        state.columns.put(table, fresh);
    }
}
