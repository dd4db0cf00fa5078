package io.github.schema2jpa.validate;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnDefault;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * One namespace check over everything a run would write, before anything is written: every generated class, by
 * its file (compared without regard to case, as macOS and Windows compare file names), and every field and method
 * of every generated class. The names come from the resolved model, which the emitters write down as it is, and
 * from {@link JavaNames} and the {@link NamingStrategy}, which both the emitters and this check ask. A clash is
 * reported at the later of its two sources, naming the other and the key that resolves it.
 */
public final class NamespaceRules {

    /** The longest file name, in bytes, that common file systems (ext4, APFS, NTFS in UTF-16 units) take. */
    private static final int MAX_FILE_NAME_BYTES = 255;

    private final NamingStrategy naming;

    public NamespaceRules(NamingStrategy naming) {
        this.naming = naming;
    }

    /**
     * One schema file and what it resolved to.
     *
     * @param index the validated schema
     * @param model its entities and enums
     */
    public record Resolved(SchemaIndex index, GenerationModel model) {
    }

    /**
     * Where a name comes from.
     *
     * @param what the source as a diagnostic names it ({@code column 'class' of table 'courses'})
     * @param location where it is written; empty for names the generator fixes itself
     * @param fix what to change in the schema to resolve a clash
     */
    private record Source(String what, Optional<SourceLocation> location, String fix) {

        static Source fixed(String what) {
            return new Source(what, Optional.empty(), "");
        }
    }

    /** A generated class, with what identifies it beyond its name. */
    private record TypeEntry(ClassName name, Source source, Optional<List<String>> enumConstants, String file) {
    }

    public void check(List<Resolved> files, Diagnostics diagnostics) {
        Map<String, TypeEntry> types = checkTypes(files, diagnostics);
        for (Resolved file : files) {
            for (EntityModel entity : file.model().entities()) {
                Table table = file.index().schema().table(entity.tableName()).orElseThrow();
                checkMembers(table, entity, diagnostics);
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
            Optional<Relationship> declared = relationship(table, property);
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
                + describe(type.source(), at) + " takes the name " + type.name().simpleName() + "): give it " + fix
                + ", or " + type.source().fix());
    }

    // ---- classes and files

    private Map<String, TypeEntry> checkTypes(List<Resolved> files, Diagnostics diagnostics) {
        Map<String, TypeEntry> byFile = new HashMap<>();
        Map<String, TypeEntry> byName = new HashMap<>();
        Map<String, SourceLocation> packages = new LinkedHashMap<>();
        Map<String, TypeEntry> entityNames = new HashMap<>();
        Map<String, Map.Entry<String, SourceLocation>> folders = new HashMap<>();
        for (Resolved file : files) {
            SchemaIndex index = file.index();
            String schemaFile = index.schema().file();
            for (EntityModel entity : file.model().entities()) {
                Table table = index.schema().table(entity.tableName()).orElseThrow();
                SourceLocation tableAt = table.location();
                SourceLocation entityAt = table.entity().map(Located::location).orElse(tableAt);
                String entityFix = "give table '" + table.name() + "' " + (table.entity().isEmpty() ? "an" : "another")
                        + " 'entity' name";
                String packageName = entity.className().packageName();
                SourceLocation packageAt = index.schema().packageName().map(Located::location)
                        .orElse(index.schema().location());
                if (packages.putIfAbsent(packageName, packageAt) == null) {
                    Map.Entry<String, SourceLocation> sameFolder = folders.putIfAbsent(fold(packageName),
                            Map.entry(packageName, packageAt));
                    if (sameFolder == null) {
                        for (String helper : JavaNames.HELPER_TYPES) {
                            register(new TypeEntry(ClassName.get(packageName, helper), Source.fixed(
                                    "the generated class " + helper), Optional.empty(), ""), byFile, byName,
                                    diagnostics);
                        }
                    } else {
                        diagnostics.error(packageAt, "package " + packageName + " and package " + sameFolder.getKey()
                                + " (" + (sameFolder.getValue().file().equals(packageAt.file())
                                        ? "line " + sameFolder.getValue().line() : sameFolder.getValue().toString())
                                + ") differ only in case: they are one folder on macOS and Windows; spell them alike");
                    }
                }
                TypeEntry entityEntry = new TypeEntry(entity.className(), new Source("entity "
                        + entity.className().simpleName() + " of table '" + table.name() + "'", Optional.of(entityAt),
                        entityFix), Optional.empty(), schemaFile);
                boolean ownFile = register(entityEntry, byFile, byName, diagnostics);
                TypeEntry sameEntityName = entityNames.putIfAbsent(entity.className().simpleName(), entityEntry);
                if (ownFile && sameEntityName != null
                        && !sameEntityName.name().packageName().equals(entity.className().packageName())) {
                    diagnostics.warning(entityAt, entityEntry.source().what() + " has the JPA entity name of "
                            + sameEntityName.source().what() + " (" + where(sameEntityName.source(), entityAt)
                            + "), in package " + sameEntityName.name().packageName() + ": Hibernate refuses both in"
                            + " one persistence unit; to use them together, " + entityFix);
                }
                if (entity.baseClass().isPresent()) {
                    ClassName base = entity.baseClass().get();
                    Source source = new Source("base class " + base.simpleName() + " of customizable table '"
                            + table.name() + "'", Optional.of(entityAt), entityFix);
                    if (derivedNameUsable(base, source, diagnostics)) {
                        register(new TypeEntry(base, source, Optional.empty(), schemaFile), byFile, byName,
                                diagnostics);
                    }
                }
                if (entity.identifier() instanceof Identifier.Composite key) {
                    SourceLocation keyAt = table.primaryKey().map(Located::location).orElse(tableAt);
                    Source source = new Source("key class " + key.idClass().simpleName() + " of table '" + table.name()
                            + "'", Optional.of(keyAt), entityFix);
                    if (derivedNameUsable(key.idClass(), source, diagnostics)) {
                        register(new TypeEntry(key.idClass(), source, Optional.empty(), schemaFile), byFile, byName,
                                diagnostics);
                    }
                }
                for (ColumnProperty property : entity.columns()) {
                    if (!property.columnType().generatesEnum() || !(property.javaType() instanceof ClassName type)) {
                        continue;
                    }
                    Column column = table.column(property.columnName()).orElseThrow();
                    Source source = new Source("enum " + type.simpleName() + " of column '" + column.name()
                            + "' of table '" + table.name() + "'",
                            Optional.of(column.enumName().map(Located::location).orElse(column.location())),
                            "give column '" + column.name() + "' " + (column.enumName().isEmpty() ? "an" : "another")
                                    + " enum_name");
                    List<String> constants = column.values().stream().map(Located::value).toList();
                    register(new TypeEntry(type, source, Optional.of(constants), schemaFile), byFile, byName,
                            diagnostics);
                }
            }
        }
        packages.forEach((packageName, at) -> {
            for (String prefix = packageName; !prefix.isEmpty(); prefix = parent(prefix)) {
                TypeEntry type = byName.get(prefix);
                if (type != null) {
                    diagnostics.error(at, "package " + packageName + " clashes with " + describe(type.source(), at)
                            + ", which is the class " + type.name().canonicalName() + ": choose another package"
                            + (type.source().fix().isEmpty() ? "" : ", or " + type.source().fix()));
                }
            }
        });
        return byName;
    }

    /** A class name the naming strategy derives from an entity's (its key or base class) must be usable too. */
    private static boolean derivedNameUsable(ClassName name, Source source, Diagnostics diagnostics) {
        Optional<String> problem = JavaNames.typeNameProblem(name.simpleName());
        problem.ifPresent(text -> diagnostics.error(source.location().orElseThrow(),
                source.what() + " cannot be generated: " + text + "; " + source.fix()));
        return problem.isEmpty();
    }

    /** Adds a class; false when it clashes with one already added, or its file cannot be created (reported). */
    private static boolean register(TypeEntry entry, Map<String, TypeEntry> byFile, Map<String, TypeEntry> byName,
            Diagnostics diagnostics) {
        String qualified = entry.name().canonicalName();
        String fileName = entry.name().simpleName() + ".java";
        int bytes = fileName.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_NAME_BYTES) {
            diagnostics.error(entry.source().location().orElseThrow(), entry.source().what() + " would be written to a"
                    + " file whose name is " + bytes + " bytes long; file systems take at most " + MAX_FILE_NAME_BYTES
                    + ": " + entry.source().fix());
            return false;
        }
        String fileKey = fold(qualified);
        TypeEntry first = byFile.putIfAbsent(fileKey, entry);
        byName.putIfAbsent(qualified, entry);
        if (first == null) {
            return true;
        }
        SourceLocation at = entry.source().location().orElseThrow();
        boolean sameName = first.name().equals(entry.name());
        if (sameName && entry.enumConstants().isPresent() && entry.enumConstants().equals(first.enumConstants())
                && entry.file().equals(first.file())) {
            return true; // two columns of one schema share an enum: one class
        }
        String fix = ": " + entry.source().fix();
        if (!sameName) {
            diagnostics.error(at, entry.source().what() + " and " + describe(first.source(), at)
                    + " differ only in case: their files, " + path(entry.name())
                    + " and " + path(first.name()) + ", are one file on macOS and Windows" + fix);
        } else if (entry.enumConstants().isPresent() && first.enumConstants().isPresent()
                && entry.file().equals(first.file())) {
            diagnostics.error(at, entry.source().what() + " has the values " + entry.enumConstants().get() + ", but "
                    + first.source().what() + " (" + where(first.source(), at) + ") has " + first.enumConstants().get()
                    + fix);
        } else {
            diagnostics.error(at, entry.source().what() + " and " + describe(first.source(), at)
                    + " would both be the class " + qualified + fix);
        }
        return false;
    }

    // ---- fields and methods of one class

    private void checkMembers(Table table, EntityModel entity, Diagnostics diagnostics) {
        String className = entity.generatedClass().simpleName();
        Members members = new Members(className);
        for (String method : JavaNames.OBJECT_FINAL_METHODS) {
            members.method(method, Source.fixed("a final method of java.lang.Object"));
        }
        for (String method : JavaNames.OBJECT_OVERRIDES) {
            members.method(method, Source.fixed("the generated " + method + "()"));
        }
        members.field(JavaNames.SERIAL_VERSION_UID, Source.fixed("reserved for Java serialization"));
        members.method(JavaNames.APPLY_DEFAULTS, Source.fixed("the generated callback that applies defaults"));
        members.method(JavaNames.UNLINK_BEFORE_REMOVE,
                Source.fixed("the generated callback that takes a deleted entity out of loaded many-to-many sets"));

        for (ColumnProperty property : entity.columns()) {
            Column column = table.column(property.columnName()).orElseThrow();
            Source source = new Source("column '" + column.name() + "'",
                    Optional.of(column.javaName().map(Located::location).orElse(column.location())),
                    "give it " + (column.javaName().isEmpty() ? "a" : "another") + " java_name");
            members.field(property.names().field(), source);
            members.method(property.names().getter(), source);
            members.method(property.names().setter(), source);
        }
        for (RelationshipProperty property : entity.relationships()) {
            Optional<Relationship> declared = relationship(table, property);
            String what = "relationship '" + declared.map(Relationship::name).orElse(property.names().property()) + "'";
            Source source = new Source(what, Optional.of(declared.map(r -> r.javaName().map(Located::location)
                    .orElse(r.location())).orElse(table.location())),
                    "give it " + (declared.flatMap(Relationship::javaName).isEmpty() ? "a" : "another") + " java_name");
            members.field(property.names().field(), source);
            if (property.linkRows().isPresent()) {
                members.field(property.names().field() + JavaNames.LINK_ROWS_SUFFIX, source);
            }
            members.method(property.names().getter(), source);
            if (!property.isCollection()) {
                members.method(property.names().setter(), source);
            }
            if (!property.isCollection() && !property.isOneToOneInverse() && !property.sharesPrimaryKey()
                    && property.joinColumn().isPresent()) {
                RelationshipProperty.JoinColumn join = property.joinColumn().get();
                Optional<Column> keyColumn = table.columns().stream()
                        .filter(column -> naming.sqlIdentifier(column.name()).equals(join.sqlName()))
                        .findFirst();
                String keyName = keyColumn.map(Column::name).orElse(join.sqlName());
                boolean keyJavaName = keyColumn.flatMap(Column::javaName).isPresent();
                members.method(join.keyProperty().getter(), new Source(what + " (the value of its foreign key '"
                        + keyName + "')", Optional.of(keyColumn.map(column -> column.javaName().map(Located::location)
                                .orElse(column.location())).orElse(source.location().orElseThrow())),
                        "give column '" + keyName + "' " + (keyJavaName ? "another" : "a") + " java_name"));
            }
            if (property.isCollection() || property.isOneToOneInverse()) {
                // a collection has add, remove, attach and detach helpers; the side of a one-to-one without the
                // foreign key only the hooks its owning side calls, attach and detach
                Source helpers = new Source(what + " (singular '" + property.singular() + "')",
                        Optional.of(declared.flatMap(Relationship::singular).map(Located::location)
                                .orElse(source.location().orElseThrow())),
                        "give it " + (declared.flatMap(Relationship::singular).isEmpty() ? "a" : "another")
                                + " 'singular'");
                HelperNames names = naming.helperNames(property.singular());
                List<String> helperNames = property.isCollection()
                        ? List.of(names.add(), names.remove(), names.attach(), names.detach())
                        : List.of(names.attach(), names.detach());
                for (String helper : new LinkedHashSet<>(helperNames)) {
                    members.method(helper, helpers);
                }
                if (property.isCollection() && !property.isManyToMany() && property.partner().isPresent()) {
                    members.method(property.loadedMethod(), source);
                }
            }
        }
        members.report(diagnostics);
        for (ColumnProperty property : entity.columns()) {
            // the default is written Type.CONSTANT, which a field of the type's name would take over
            if (property.defaultValue().orElse(null) instanceof ColumnDefault.EnumConstant constant
                    && property.javaType() instanceof ClassName type && members.hasField(type.simpleName())) {
                Column column = table.column(property.columnName()).orElseThrow();
                diagnostics.error(column.enumName().map(Located::location).orElse(column.location()), "enum "
                        + type.simpleName() + " of column '" + column.name() + "' is named like the field "
                        + type.simpleName() + " of " + className + ", which would take its place in the default "
                        + type.simpleName() + "." + constant.name()
                        + ": give the column an enum_name that starts with an upper-case letter");
            }
        }
    }

    /** The relationship of {@code table} that resolved to {@code property}: property names are unique per table. */
    private Optional<Relationship> relationship(Table table, RelationshipProperty property) {
        return table.relationships().stream()
                .filter(relationship -> relationship.javaName().map(Located::value)
                        .orElseGet(() -> naming.propertyName(relationship.name())).equals(property.names().property()))
                .findFirst();
    }

    /** The fields and the methods of one class, each with its first source. */
    private static final class Members {

        private final String className;
        private final Map<String, Source> fields = new HashMap<>();
        private final Map<String, Source> methods = new HashMap<>();
        private final Map<List<Source>, List<String>> clashes = new LinkedHashMap<>();

        Members(String className) {
            this.className = className;
        }

        void field(String name, Source source) {
            add(fields, "the field " + name, name, source);
        }

        boolean hasField(String name) {
            return fields.containsKey(name);
        }

        void method(String name, Source source) {
            add(methods, name + "()", name, source);
        }

        private void add(Map<String, Source> names, String member, String name, Source source) {
            Source first = names.putIfAbsent(name, source);
            if (first != null && !first.equals(source) && source.location().isPresent()) {
                clashes.computeIfAbsent(List.of(source, first), key -> new ArrayList<>()).add(member);
            }
        }

        /** One diagnostic per pair of sources, naming every member they both give the class. */
        void report(Diagnostics diagnostics) {
            clashes.forEach((pair, members) -> {
                Source source = pair.get(0);
                Source first = pair.get(1);
                SourceLocation at = source.location().orElseThrow();
                String what = members.stream().allMatch(member -> member.endsWith("()"))
                        ? (members.size() == 1 ? "a method " : "the methods ") + list(members)
                        : list(members);
                if (first.location().isEmpty()) {
                    diagnostics.error(at, source.what() + " would give " + className + " " + what + ", which is "
                            + first.what() + ": " + source.fix());
                } else {
                    diagnostics.error(at, source.what() + " would give " + className + " " + what + ", which "
                            + first.what() + " (" + where(first, at) + ") gives it too: " + source.fix());
                }
            });
        }

        private static String list(List<String> items) {
            if (items.size() == 1) {
                return items.get(0);
            }
            return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
        }
    }

    // ---- helpers

    /** A source and where it is, as a diagnostic at {@code here} names it. */
    private static String describe(Source source, SourceLocation here) {
        return source.location().isEmpty() ? source.what() : source.what() + " (" + where(source, here) + ")";
    }

    /** Where {@code source} is, as seen from a diagnostic at {@code here}: the line alone within the same file. */
    private static String where(Source source, SourceLocation here) {
        SourceLocation at = source.location().orElseThrow();
        return at.file().equals(here.file()) ? "line " + at.line() : at.toString();
    }

    private static String path(ClassName name) {
        return name.packageName().replace('.', '/') + "/" + name.simpleName() + ".java";
    }

    /** A class name as a case-insensitive file system compares it. */
    private static String fold(String name) {
        return name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    }

    private static String parent(String packageName) {
        int dot = packageName.lastIndexOf('.');
        return dot < 0 ? "" : packageName.substring(0, dot);
    }
}
