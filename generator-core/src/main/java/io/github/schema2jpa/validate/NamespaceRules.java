package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.validate.GeneratedTypes.TypeEntry;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One namespace check over everything a run would write, before anything is written: every generated class, by
 * its file (compared without regard to case, as macOS and Windows compare file names), and every field and method
 * of every generated class. The names come from the resolved model, which the emitters write down as it is, and
 * from {@link JavaNames} and the {@link NamingStrategy}, which both the emitters and this check ask. A clash is
 * reported at the later of its two sources, naming the other and the key that resolves it. {@link GeneratedTypes}
 * checks the classes and {@link ClassMembers} the members of each; this class checks what joins the two, a member
 * named like the root of a package the generated code writes in full.
 */
public final class NamespaceRules {

    private final NamingStrategy naming;
    private final boolean repositories;

    public NamespaceRules(NamingStrategy naming) {
        this(naming, false);
    }

    /** The check of a run that writes a Spring Data repository beside each entity when {@code repositories}. */
    public NamespaceRules(NamingStrategy naming, boolean repositories) {
        this.naming = naming;
        this.repositories = repositories;
    }

    /**
     * One schema file and what it resolved to.
     *
     * @param index the validated schema
     * @param model its entities and enums
     */
    public record Resolved(SchemaIndex index, GenerationModel model) {
    }

    public void check(List<Resolved> files, Diagnostics diagnostics) {
        Map<String, TypeEntry> types = new GeneratedTypes(diagnostics, repositories).check(files);
        for (Resolved file : files) {
            for (EntityModel entity : file.model().entities()) {
                Table table = file.index().schema().table(entity.tableName()).orElseThrow();
                ClassMembers.check(naming, table, entity, diagnostics);
                checkPackageRoots(table, entity, types, diagnostics);
            }
        }
    }

    /**
     * A class of the package named like a library class the generated code uses makes the generated code write that
     * class in full ({@code org.hibernate.Hibernate}); a field or parameter named like the first part of its package
     * would then stand for that part ({@code org.hibernate} read as a field of the field {@code org}).
     */
    private void checkPackageRoots(Table table, EntityModel entity, Map<String, TypeEntry> types,
            Diagnostics diagnostics) {
        String packageName = entity.className().packageName();
        Map<String, TypeEntry> qualifiedBy = new HashMap<>();
        types.values().stream()
                .filter(type -> type.name().packageName().equals(packageName))
                .filter(type -> JavaNames.LIBRARY_TYPES_USED.containsKey(type.name().simpleName()))
                .sorted(java.util.Comparator.comparing(type -> type.name().simpleName()))
                .forEach(type -> {
                    String library = JavaNames.LIBRARY_TYPES_USED.get(type.name().simpleName());
                    qualifiedBy.putIfAbsent(library.substring(0, library.indexOf('.')), type);
                });
        if (qualifiedBy.isEmpty()) {
            return;
        }
        for (ColumnProperty property : entity.columns()) {
            Column column = table.column(property.columnName()).orElseThrow();
            reportRoot(property.names().field(), "column '" + column.name() + "'",
                    column.javaName().map(Located::location).orElse(column.location()),
                    column.javaName().isEmpty() ? "a java_name" : "another java_name", qualifiedBy,
                    entity, diagnostics);
        }
        for (RelationshipProperty property : entity.relationships()) {
            Optional<Relationship> declared = ClassMembers.relationship(naming, table, property);
            String what = "relationship '" + declared.map(Relationship::name).orElse(property.names().property()) + "'";
            SourceLocation at = declared.map(r -> r.javaName().map(Located::location).orElse(r.location()))
                    .orElse(table.location());
            reportRoot(property.names().field(), what, at,
                    declared.flatMap(Relationship::javaName).isEmpty() ? "a java_name" : "another java_name",
                    qualifiedBy, entity, diagnostics);
            if (property.isCollection() || property.isOneToOneInverse()) {
                reportRoot(naming.fieldName(property.singular()), what + " (singular '" + property.singular()
                        + "', the parameter of its helpers)", declared.flatMap(Relationship::singular)
                                .map(Located::location).orElse(at),
                        declared.flatMap(Relationship::singular).isEmpty() ? "a 'singular'" : "another 'singular'",
                        qualifiedBy, entity, diagnostics);
            }
        }
    }

    private static void reportRoot(String name, String what, SourceLocation at, String fix,
            Map<String, TypeEntry> qualifiedBy, EntityModel entity, Diagnostics diagnostics) {
        TypeEntry type = qualifiedBy.get(name);
        if (type == null) {
            return;
        }
        String library = JavaNames.LIBRARY_TYPES_USED.get(type.name().simpleName());
        diagnostics.error(at, what + " would give " + entity.generatedClass().simpleName() + " a variable " + name
                + ", which hides the package " + name + " where the generated code writes " + library + " in full ("
                + type.source().describe(at) + " takes the name " + type.name().simpleName() + "): give it " + fix
                + ", or " + type.source().fix());
    }
}
