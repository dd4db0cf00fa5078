package io.github.schema2jpa.property;

import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.property.SchemaSpec.AssociationObject;
import io.github.schema2jpa.property.SchemaSpec.Feature;
import io.github.schema2jpa.property.SchemaSpec.Lone;
import io.github.schema2jpa.property.SchemaSpec.ManyToMany;
import io.github.schema2jpa.property.SchemaSpec.Pair;
import io.github.schema2jpa.property.SchemaSpec.Rendered;
import io.github.schema2jpa.property.SchemaSpec.SelfRef;
import io.github.schema2jpa.property.SchemaSpec.TwoKeys;
import io.github.schema2jpa.property.Yaml.Mapping;
import io.github.schema2jpa.property.Yaml.MappingBuilder;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Prints a schema spec, naming its parts apart: each feature goes to the printer of its corner of the language,
 * then the tables are put together into one file.
 */
final class SchemaRenderer {
    private final RenderState state;
    private final ColumnPrinter columns;
    private final RelationshipPrinter relationships;
    private final AssociationTablePrinter associations;

    SchemaRenderer(NamingStrategy naming) {
        this.state = new RenderState(naming);
        this.columns = new ColumnPrinter(state);
        this.relationships = new RelationshipPrinter(state, columns);
        this.associations = new AssociationTablePrinter(state, columns, relationships);
    }

    Rendered render(SchemaSpec spec) {
        for (Feature feature : spec.features()) {
            feature(feature);
        }
        MappingBuilder root = Yaml.mapping().put("schema2jpa", 1).put("package", SchemaSpec.PACKAGE);
        spec.defaultGeneration().ifPresent(g -> root.put("defaults", Yaml.mapping().put("id_generation", g).build()));
        MappingBuilder tableNodes = Yaml.mapping();
        for (Map.Entry<String, MappingBuilder> table : state.tables.entrySet()) {
            MappingBuilder node = table.getValue();
            node.put("columns", state.columns.get(table.getKey()).build());
            MappingBuilder rels = state.relationships.get(table.getKey());
            if (!rels.isEmpty()) {
                node.put("relationships", rels.build());
            }
            tableNodes.put(table.getKey(), node.build());
        }
        root.put("tables", tableNodes.build());
        if (state.collections) {
            state.types.add("BackPopulatedList");
            state.types.add("BackPopulatedSet");
        }
        Set<String> seen = new HashSet<>();
        boolean clash = !state.types.stream().allMatch(type -> seen.add(type.toLowerCase(Locale.ROOT)));
        Mapping tree = root.build();
        return new Rendered(tree, Yaml.print(tree), !state.hostile && !clash, Optional.ofNullable(state.pair),
                Set.copyOf(state.kinds));
    }

    private void feature(Feature feature) {
        if (feature instanceof Lone lone) {
            columns.table(lone.table());
        } else if (feature instanceof Pair p) {
            relationships.pair(p);
        } else if (feature instanceof ManyToMany m) {
            associations.manyToMany(m);
        } else if (feature instanceof SelfRef s) {
            relationships.selfRef(s);
        } else if (feature instanceof TwoKeys t) {
            relationships.twoKeys(t);
        } else if (feature instanceof AssociationObject a) {
            associations.associationObject(a);
        }
    }
}
