package io.github.schema2jpa.property;

import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.property.Names.Name;
import io.github.schema2jpa.property.Names.Text;
import io.github.schema2jpa.property.SchemaSpec.KeyType;
import io.github.schema2jpa.property.SchemaSpec.SyncPair;
import io.github.schema2jpa.property.SchemaSpec.TableSpec;
import io.github.schema2jpa.property.Yaml.MappingBuilder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What a {@link SchemaRenderer} has printed so far, shared by the printers of each corner of the language: the
 * tables, columns and relationships by table, the names taken, and what the names say about the schema. Names
 * tables and members apart.
 */
final class RenderState {
    final NamingStrategy naming;
    final Map<String, MappingBuilder> tables = new LinkedHashMap<>();
    final Map<String, MappingBuilder> columns = new HashMap<>();
    final Map<String, MappingBuilder> relationships = new HashMap<>();
    final Map<String, Set<String>> properties = new HashMap<>();
    final Set<String> entities = new HashSet<>();
    final List<String> types = new ArrayList<>();
    final Set<Names.Kind> kinds = new HashSet<>();
    boolean hostile;
    boolean collections;
    SyncPair pair;

    /** A table as printed: its name, entity and key column. */
    record Built(String table, String entity, String keyColumn, KeyType keyType) {
    }

    RenderState(NamingStrategy naming) {
        this.naming = naming;
    }

    String use(Name name) {
        kinds.add(name.kind());
        if (!Names.plainOrReserved(name)) {
            hostile = true;
        }
        return name.text();
    }

    void use(Optional<Text> doc) {
        doc.filter(Text::hostile).ifPresent(text -> hostile = true);
    }

    /** A table name not used yet, whose entity is not used yet either. */
    Built newTable(TableSpec spec) {
        String base = use(spec.name());
        Optional<String> explicit = spec.entity().map(e -> naming.entityName(use(e)));
        String table = base;
        String entity = explicit.orElse(naming.entityName(table));
        for (int i = 2; tables.containsKey(table) || entities.contains(entity.toLowerCase(Locale.ROOT)); i++) {
            table = base + "_t" + i;
            entity = explicit.isPresent() ? explicit.get() + i : naming.entityName(table);
        }
        entities.add(entity.toLowerCase(Locale.ROOT));
        types.add(entity);
        tables.put(table, Yaml.mapping());
        columns.put(table, Yaml.mapping());
        relationships.put(table, Yaml.mapping());
        properties.put(table, new HashSet<>());
        if (explicit.isPresent()) {
            tables.get(table).put("entity", entity);
        }
        return new Built(table, entity, "", spec.key().type());
    }

    /**
     * A column or relationship name of the table that no other member of it maps to: neither the same property
     * nor the same singular (so that helper names differ too).
     */
    String member(String table, Name name, String suffix) {
        String base = use(name) + suffix;
        String candidate = base;
        for (int i = 2; ; i++) {
            String property = naming.propertyName(candidate).toLowerCase(Locale.ROOT);
            String stem = naming.singular(naming.propertyName(candidate)).toLowerCase(Locale.ROOT);
            Set<String> used = properties.get(table);
            if (!used.contains(property) && !used.contains(stem) && !used.contains("#" + candidate)) {
                used.add(property);
                used.add(stem);
                used.add("#" + candidate);
                return candidate;
            }
            candidate = use(name) + "_m" + i + "s" + suffix;
        }
    }

    /** The name of a collection, its own singular or not ({@code user}, {@code sent}, {@code staff}). */
    String collection(String table, Name name) {
        return member(table, name, "");
    }

    /** A Java name for {@code java_name} or {@code singular}, unless a member of the table has it already. */
    Optional<String> javaName(String table, Optional<Name> name) {
        if (name.isEmpty()) {
            return Optional.empty();
        }
        String property = naming.propertyName(name.get().text());
        Set<String> used = properties.get(table);
        String key = property.toLowerCase(Locale.ROOT);
        String stem = naming.singular(property).toLowerCase(Locale.ROOT);
        if (property.isEmpty() || used.contains(key) || used.contains(stem)) {
            return Optional.empty();
        }
        use(name.get());
        used.add(key);
        used.add(stem);
        return Optional.of(property);
    }
}
