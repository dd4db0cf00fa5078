package io.github.schema2jpa.validate;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.repositories.RepositorySources;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Every class a run generates, by its name and by its file (compared without regard to case, as macOS and Windows
 * compare file names), with the packages they are in: two classes that would be one file, packages that differ
 * only in case, a package that is also a class, and JPA entity names given twice are reported.
 */
final class GeneratedTypes {

    /** The longest file name, in bytes, that common file systems (ext4, APFS, NTFS in UTF-16 units) take. */
    private static final int MAX_FILE_NAME_BYTES = 255;

    /** A generated class, with what identifies it beyond its name. */
    record TypeEntry(ClassName name, NameSource source, Optional<List<String>> enumConstants, String file) {
    }

    private final Diagnostics diagnostics;
    private final Map<String, TypeEntry> byFile = new HashMap<>();
    private final Map<String, TypeEntry> byName = new HashMap<>();
    private final Map<String, SourceLocation> packages = new LinkedHashMap<>();
    private final Map<String, TypeEntry> entityNames = new HashMap<>();
    private final Map<String, Map.Entry<String, SourceLocation>> folders = new HashMap<>();

    private final boolean repositories;

    GeneratedTypes(Diagnostics diagnostics, boolean repositories) {
        this.diagnostics = diagnostics;
        this.repositories = repositories;
    }

    /** Registers every class of {@code files}; returns them by qualified name. */
    Map<String, TypeEntry> check(List<NamespaceRules.Resolved> files) {
        for (NamespaceRules.Resolved file : files) {
            for (EntityModel entity : file.model().entities()) {
                addEntity(file.index(), entity);
            }
        }
        packages.forEach(this::checkPackageIsNoClass);
        return byName;
    }

    private void addEntity(SchemaIndex index, EntityModel entity) {
        String schemaFile = index.schema().file();
        Table table = index.schema().table(entity.tableName()).orElseThrow();
        SourceLocation entityAt = table.entity().map(Located::location).orElse(table.location());
        String entityFix = "give table '" + table.name() + "' " + (table.entity().isEmpty() ? "an" : "another")
                + " 'entity' name";
        addPackage(entity.className().packageName(), index.schema().packageName().map(Located::location)
                .orElse(index.schema().location()));
        TypeEntry entityEntry = new TypeEntry(entity.className(), new NameSource("entity "
                + entity.className().simpleName() + " of table '" + table.name() + "'", Optional.of(entityAt),
                entityFix), Optional.empty(), schemaFile);
        boolean ownFile = register(entityEntry);
        TypeEntry sameEntityName = entityNames.putIfAbsent(entity.className().simpleName(), entityEntry);
        if (ownFile && sameEntityName != null
                && !sameEntityName.name().packageName().equals(entity.className().packageName())) {
            diagnostics.warning(entityAt, entityEntry.source().what() + " has the JPA entity name of "
                    + sameEntityName.source().what() + " (" + sameEntityName.source().where(entityAt)
                    + "), in package " + sameEntityName.name().packageName() + ": Hibernate refuses both in"
                    + " one persistence unit; to use them together, " + entityFix);
        }
        if (entity.baseClass().isPresent()) {
            ClassName base = entity.baseClass().get();
            addDerived(base, new NameSource("base class " + base.simpleName() + " of customizable table '"
                    + table.name() + "'", Optional.of(entityAt), entityFix), schemaFile);
        }
        if (entity.identifier() instanceof Identifier.Composite key) {
            SourceLocation keyAt = table.primaryKey().map(Located::location).orElse(table.location());
            addDerived(key.idClass(), new NameSource("key class " + key.idClass().simpleName() + " of table '"
                    + table.name() + "'", Optional.of(keyAt), entityFix), schemaFile);
        }
        if (repositories) {
            ClassName repository = RepositorySources.repositoryOf(entity);
            addDerived(repository, new NameSource("repository " + repository.simpleName() + " of table '"
                    + table.name() + "'", Optional.of(entityAt), entityFix), schemaFile);
        }
        addEnums(table, entity, schemaFile);
    }

    private void addPackage(String packageName, SourceLocation packageAt) {
        if (packages.putIfAbsent(packageName, packageAt) != null) {
            return;
        }
        Map.Entry<String, SourceLocation> sameFolder = folders.putIfAbsent(fold(packageName),
                Map.entry(packageName, packageAt));
        if (sameFolder == null) {
            for (String helper : JavaNames.HELPER_TYPES) {
                register(new TypeEntry(ClassName.get(packageName, helper),
                        NameSource.fixed("the generated class " + helper), Optional.empty(), ""));
            }
        } else {
            diagnostics.error(packageAt, "package " + packageName + " and package " + sameFolder.getKey()
                    + " (" + (sameFolder.getValue().file().equals(packageAt.file())
                            ? "line " + sameFolder.getValue().line() : sameFolder.getValue().toString())
                    + ") differ only in case: they are one folder on macOS and Windows; spell them alike");
        }
    }

    private void addEnums(Table table, EntityModel entity, String schemaFile) {
        for (ColumnProperty property : entity.columns()) {
            if (!property.columnType().generatesEnum() || !(property.javaType() instanceof ClassName type)) {
                continue;
            }
            Column column = table.column(property.columnName()).orElseThrow();
            NameSource source = new NameSource("enum " + type.simpleName() + " of column '" + column.name()
                    + "' of table '" + table.name() + "'",
                    Optional.of(column.enumName().map(Located::location).orElse(column.location())),
                    "give column '" + column.name() + "' " + (column.enumName().isEmpty() ? "an" : "another")
                            + " enum_name");
            List<String> constants = column.values().stream().map(Located::value).toList();
            register(new TypeEntry(type, source, Optional.of(constants), schemaFile));
        }
    }

    private void checkPackageIsNoClass(String packageName, SourceLocation at) {
        for (String prefix = packageName; !prefix.isEmpty(); prefix = parent(prefix)) {
            TypeEntry type = byName.get(prefix);
            if (type != null) {
                diagnostics.error(at, "package " + packageName + " clashes with " + type.source().describe(at)
                        + ", which is the class " + type.name().canonicalName() + ": choose another package"
                        + (type.source().fix().isEmpty() ? "" : ", or " + type.source().fix()));
            }
        }
    }

    /** A class name the naming strategy derives from an entity's (its key or base class) must be usable too. */
    private void addDerived(ClassName name, NameSource source, String schemaFile) {
        Optional<String> problem = JavaNames.typeNameProblem(name.simpleName());
        problem.ifPresent(text -> diagnostics.error(source.location().orElseThrow(),
                source.what() + " cannot be generated: " + text + "; " + source.fix()));
        if (problem.isEmpty()) {
            register(new TypeEntry(name, source, Optional.empty(), schemaFile));
        }
    }

    /** Adds a class; false when it clashes with one already added, or its file cannot be created (reported). */
    private boolean register(TypeEntry entry) {
        String qualified = entry.name().canonicalName();
        String fileName = entry.name().simpleName() + ".java";
        int bytes = fileName.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > MAX_FILE_NAME_BYTES) {
            diagnostics.error(entry.source().location().orElseThrow(), entry.source().what() + " would be written to a"
                    + " file whose name is " + bytes + " bytes long; file systems take at most " + MAX_FILE_NAME_BYTES
                    + ": " + entry.source().fix());
            return false;
        }
        TypeEntry first = byFile.putIfAbsent(fold(qualified), entry);
        byName.putIfAbsent(qualified, entry);
        if (first == null) {
            return true;
        }
        boolean sameName = first.name().equals(entry.name());
        if (sameName && entry.enumConstants().isPresent() && entry.enumConstants().equals(first.enumConstants())
                && entry.file().equals(first.file())) {
            return true; // two columns of one schema share an enum: one class
        }
        reportClash(entry, first, sameName);
        return false;
    }

    private void reportClash(TypeEntry entry, TypeEntry first, boolean sameName) {
        SourceLocation at = entry.source().location().orElseThrow();
        String fix = ": " + entry.source().fix();
        if (!sameName) {
            diagnostics.error(at, entry.source().what() + " and " + first.source().describe(at)
                    + " differ only in case: their files, " + path(entry.name())
                    + " and " + path(first.name()) + ", are one file on macOS and Windows" + fix);
        } else if (entry.enumConstants().isPresent() && first.enumConstants().isPresent()
                && entry.file().equals(first.file())) {
            diagnostics.error(at, entry.source().what() + " has the values " + entry.enumConstants().get() + ", but "
                    + first.source().what() + " (" + first.source().where(at) + ") has " + first.enumConstants().get()
                    + fix);
        } else {
            diagnostics.error(at, entry.source().what() + " and " + first.source().describe(at)
                    + " would both be the class " + entry.name().canonicalName() + fix);
        }
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
