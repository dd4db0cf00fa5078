package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnType;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.SchemaText;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.lang.model.SourceVersion;

/**
 * Names that become Java: the package, entity, property and helper names are identifiers, and no two columns or
 * relationships of a table become the same property. A property called after a Java keyword is fine: the naming
 * strategy gives its field another name. Class names that Java or the generated code cannot take (keywords,
 * restricted identifiers, the {@code java.lang} classes the generated code uses, the helper classes) and packages
 * of the JDK are refused; {@link NamespaceRules} checks the rest of the namespace once names are resolved.
 */
final class JavaNameRules implements SchemaValidator.Rule {

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        index.schema().packageName().ifPresent(name -> checkPackage(name, diagnostics));
        Set<String> associationTables = index.schema().tables().stream()
                .flatMap(table -> table.relationships().stream())
                .flatMap(relationship -> relationship.secondary().stream())
                .map(Located::value)
                .collect(Collectors.toSet());
        NamingStrategy naming = index.naming();
        for (Table table : index.schema().tables()) {
            String entity = index.entityName(table);
            checkEntityName(table, entity, associationTables.contains(table.name()), diagnostics);
            Map<String, String> properties = new HashMap<>();
            for (Column column : table.columns()) {
                String property = column.javaName().map(Located::value).orElseGet(() -> naming.propertyName(column.name()));
                SourceLocation at = column.javaName().map(Located::location).orElse(column.location());
                checkProperty(property, "column '" + column.name() + "'", at, column.javaName().isEmpty(), properties,
                        diagnostics);
                checkEnumValues(column, diagnostics);
                checkEnumName(naming, entity, column, diagnostics);
            }
            for (Relationship relationship : table.relationships()) {
                String property = relationship.javaName().map(Located::value)
                        .orElseGet(() -> naming.propertyName(relationship.name()));
                SourceLocation at = relationship.javaName().map(Located::location).orElse(relationship.location());
                checkProperty(property, "relationship '" + relationship.name() + "'", at,
                        relationship.javaName().isEmpty(), properties, diagnostics);
                relationship.singular().ifPresent(name -> identifier(name, "singular", diagnostics));
            }
        }
    }

    private static void checkPackage(Located<String> name, Diagnostics diagnostics) {
        if (!SourceVersion.isName(name.value())) {
            diagnostics.error(name.location(), "'" + name.value() + "' is not a Java package name");
        } else {
            JavaNames.packageProblem(name.value()).ifPresent(problem -> diagnostics.error(name.location(),
                    "'" + name.value() + "' cannot be the package of generated classes: " + problem
                            + "; choose a package of your own, such as 'org.example.model'"));
        }
    }

    /** An association table's entity name is never a class, so only its form is checked. */
    private static void checkEntityName(Table table, String entity, boolean associationTable, Diagnostics diagnostics) {
        SourceLocation entityAt = table.entity().map(Located::location).orElse(table.location());
        if (!SourceVersion.isName(entity) || entity.contains(".")) {
            diagnostics.error(entityAt, "entity name '" + entity + "' is not a Java identifier"
                    + (table.entity().isEmpty() ? ": give the table an 'entity' name" : ""));
        } else if (!associationTable) {
            JavaNames.typeNameProblem(entity).ifPresent(problem -> diagnostics.error(entityAt,
                    "entity name '" + entity + "' cannot be used: " + problem + "; give the table "
                    + (table.entity().isEmpty() ? "an" : "another") + " 'entity' name"));
        }
    }

    private static void checkEnumValues(Column column, Diagnostics diagnostics) {
        Map<String, Located<String>> constants = new HashMap<>();
        Map<String, Located<String>> folded = new HashMap<>();
        for (Located<String> value : column.values()) {
            if (SourceVersion.isName(value.value()) && value.value().contains(".")) {
                diagnostics.error(value.location(), "enum value '" + value.value()
                        + "' cannot become a Java enum constant");
            } else if (tooLong(value.value(), "enum value", value.location(), diagnostics)) {
                continue;
            }
            Located<String> first = constants.putIfAbsent(value.value(), value);
            if (first != null) {
                diagnostics.error(value.location(), "enum value '" + value.value() + "' of column '"
                        + column.name() + "' is given twice; each value is one constant of the enum");
            } else {
                // H2 compares the values of an ENUM type in upper case (English rules) and refuses the
                // table when two are equal so: 'a' and 'A', 'ss' and 'ß'
                Located<String> same = folded.putIfAbsent(value.value().toUpperCase(Locale.ENGLISH), value);
                if (same != null) {
                    diagnostics.error(value.location(), "enum value '" + value.value() + "' of column '"
                            + column.name() + "' and '" + same.value() + "' (line " + same.location().line()
                            + ") differ only in case: H2 refuses the table, as it compares enum values in"
                            + " upper case; spell them differently");
                }
            }
        }
    }

    private static void checkEnumName(NamingStrategy naming, String entity, Column column, Diagnostics diagnostics) {
        if (column.enumName().isPresent()) {
            Located<String> name = column.enumName().get();
            if (identifier(name, "enum_name", diagnostics)) {
                JavaNames.typeNameProblem(name.value()).ifPresent(problem -> diagnostics.error(name.location(),
                        "enum_name '" + name.value() + "' cannot be used: " + problem
                                + "; give the column another enum_name"));
            }
        } else if (column.type().map(Located::value).map(ColumnType::generatesEnum).orElse(false)) {
            String name = naming.enumTypeName(entity, column.name());
            JavaNames.typeNameProblem(name).ifPresent(problem -> diagnostics.error(column.location(),
                    "the enum of column '" + column.name() + "' would be named '" + name + "', which cannot be"
                            + " used: " + problem + "; give the column an enum_name"));
        }
    }

    private static void checkProperty(String property, String what, SourceLocation at, boolean derived,
            Map<String, String> properties, Diagnostics diagnostics) {
        if (!SourceVersion.isIdentifier(property)) {
            diagnostics.error(at, what + " cannot become a Java name ('" + property + "')"
                    + (derived ? ": give it a java_name" : ""));
            return;
        }
        if (tooLong(property, what + ": the property", at, diagnostics)) {
            return;
        }
        int first = property.codePointAt(0);
        if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
            String lower = new StringBuilder().appendCodePoint(Character.toLowerCase(first))
                    .append(property.substring(Character.charCount(first))).toString();
            diagnostics.error(at, what + " would be the property '" + property + "', which starts with an upper-case"
                    + " letter: a field named like a class would hide that class from the generated code; write '"
                    + lower + "'");
            return;
        }
        String previous = properties.putIfAbsent(property, what);
        if (previous != null) {
            diagnostics.error(at, what + " and " + previous + " both map to the Java name '" + property
                    + "': give one of them a java_name");
        }
    }

    private static boolean identifier(Located<String> name, String key, Diagnostics diagnostics) {
        if (!SourceVersion.isName(name.value()) || name.value().contains(".")) {
            diagnostics.error(name.location(), "'" + key + "' must be a Java identifier, not '" + name.value() + "'");
            return false;
        }
        return !tooLong(name.value(), "'" + key + "'", name.location(), diagnostics);
    }

    /**
     * The longest name, in UTF-8 bytes, that becomes a Java member or constant. A class file holds each name in
     * at most 65,535 bytes, and the generated code makes longer ones from it ({@code attach...}, {@code ...LinkRows});
     * names this long are a mistake long before that, and 255 is what a file name, and so a class name, can take.
     */
    static final int MAX_JAVA_NAME_BYTES = 255;

    private static boolean tooLong(String name, String what, SourceLocation at, Diagnostics diagnostics) {
        int bytes = name.getBytes(java.nio.charset.StandardCharsets.UTF_8).length;
        if (bytes <= MAX_JAVA_NAME_BYTES) {
            return false;
        }
        diagnostics.error(at, what + " '" + SchemaText.shown(name.substring(0, 20)) + "...' is " + bytes
                + " bytes long in UTF-8; a Java name schema2jpa generates is at"
                + " most " + MAX_JAVA_NAME_BYTES + ": write a shorter one");
        return true;
    }

}
