package io.github.schema2jpa.validate;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.HelperNames;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.ColumnDefault;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.Table;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The fields and methods of one generated class, each with its first source: the members the generator fixes, one
 * field and accessors per column and relationship, the helpers of collections. Two sources that give the class one
 * member are reported once per pair, naming every member they share.
 */
final class ClassMembers {

    private final NamingStrategy naming;
    private final String className;
    private final Map<String, NameSource> fields = new HashMap<>();
    private final Map<String, NameSource> methods = new HashMap<>();
    private final Map<List<NameSource>, List<String>> clashes = new LinkedHashMap<>();

    private ClassMembers(NamingStrategy naming, String className) {
        this.naming = naming;
        this.className = className;
    }

    /** Checks the members of the class generated for {@code entity}, the entity of {@code table}. */
    static void check(NamingStrategy naming, Table table, EntityModel entity, Diagnostics diagnostics) {
        ClassMembers members = new ClassMembers(naming, entity.generatedClass().simpleName());
        members.addFixed();
        for (ColumnProperty property : entity.columns()) {
            members.addColumn(table, property);
        }
        for (RelationshipProperty property : entity.relationships()) {
            members.addRelationship(table, property);
        }
        members.report(diagnostics);
        members.checkEnumDefaults(table, entity, diagnostics);
    }

    /** The relationship of {@code table} that resolved to {@code property}: property names are unique per table. */
    static Optional<Relationship> relationship(NamingStrategy naming, Table table, RelationshipProperty property) {
        return table.relationships().stream()
                .filter(relationship -> relationship.javaName().map(Located::value)
                        .orElseGet(() -> naming.propertyName(relationship.name())).equals(property.names().property()))
                .findFirst();
    }

    private void addFixed() {
        for (String method : JavaNames.OBJECT_FINAL_METHODS) {
            method(method, NameSource.fixed("a final method of java.lang.Object"));
        }
        for (String method : JavaNames.OBJECT_OVERRIDES) {
            method(method, NameSource.fixed("the generated " + method + "()"));
        }
        field(JavaNames.SERIAL_VERSION_UID, NameSource.fixed("reserved for Java serialization"));
        method(JavaNames.APPLY_DEFAULTS, NameSource.fixed("the generated callback that applies defaults"));
        method(JavaNames.UNLINK_BEFORE_REMOVE,
                NameSource.fixed("the generated callback that takes a deleted entity out of loaded many-to-many sets"));
    }

    private void addColumn(Table table, ColumnProperty property) {
        Column column = table.column(property.columnName()).orElseThrow();
        NameSource source = new NameSource("column '" + column.name() + "'",
                Optional.of(column.javaName().map(Located::location).orElse(column.location())),
                "give it " + (column.javaName().isEmpty() ? "a" : "another") + " java_name");
        field(property.names().field(), source);
        method(property.names().getter(), source);
        method(property.names().setter(), source);
    }

    private void addRelationship(Table table, RelationshipProperty property) {
        Optional<Relationship> declared = relationship(naming, table, property);
        String what = "relationship '" + declared.map(Relationship::name).orElse(property.names().property()) + "'";
        NameSource source = new NameSource(what, Optional.of(declared.map(r -> r.javaName().map(Located::location)
                .orElse(r.location())).orElse(table.location())),
                "give it " + (declared.flatMap(Relationship::javaName).isEmpty() ? "a" : "another") + " java_name");
        field(property.names().field(), source);
        if (property.linkRows().isPresent()) {
            field(property.names().field() + JavaNames.LINK_ROWS_SUFFIX, source);
        }
        method(property.names().getter(), source);
        if (!property.isCollection()) {
            method(property.names().setter(), source);
        }
        if (!property.isCollection() && !property.isOneToOneInverse() && !property.sharesPrimaryKey()
                && property.joinColumn().isPresent()) {
            addKeyGetter(table, property.joinColumn().get(), what, source);
        }
        if (property.isCollection() || property.isOneToOneInverse()) {
            addHelpers(property, declared, what, source);
        }
    }

    private void addKeyGetter(Table table, RelationshipProperty.JoinColumn join, String what, NameSource source) {
        Optional<Column> keyColumn = table.columns().stream()
                .filter(column -> naming.sqlIdentifier(column.name()).equals(join.sqlName()))
                .findFirst();
        String keyName = keyColumn.map(Column::name).orElse(join.sqlName());
        boolean keyJavaName = keyColumn.flatMap(Column::javaName).isPresent();
        method(join.keyProperty().getter(), new NameSource(what + " (the value of its foreign key '"
                + keyName + "')", Optional.of(keyColumn.map(column -> column.javaName().map(Located::location)
                        .orElse(column.location())).orElse(source.location().orElseThrow())),
                "give column '" + keyName + "' " + (keyJavaName ? "another" : "a") + " java_name"));
    }

    /**
     * A collection has add, remove, attach and detach helpers; the side of a one-to-one without the foreign key only
     * the hooks its owning side calls, attach and detach.
     */
    private void addHelpers(RelationshipProperty property, Optional<Relationship> declared, String what,
            NameSource source) {
        NameSource helpers = new NameSource(what + " (singular '" + property.singular() + "')",
                Optional.of(declared.flatMap(Relationship::singular).map(Located::location)
                        .orElse(source.location().orElseThrow())),
                "give it " + (declared.flatMap(Relationship::singular).isEmpty() ? "a" : "another") + " 'singular'");
        HelperNames names = naming.helperNames(property.singular());
        List<String> helperNames = property.isCollection()
                ? List.of(names.add(), names.remove(), names.attach(), names.detach())
                : List.of(names.attach(), names.detach());
        for (String helper : new LinkedHashSet<>(helperNames)) {
            method(helper, helpers);
        }
        if (property.isCollection() && !property.isManyToMany() && property.partner().isPresent()) {
            method(property.loadedMethod(), source);
        }
    }

    /** An enum default is written Type.CONSTANT, which a field of the type's name would take over. */
    private void checkEnumDefaults(Table table, EntityModel entity, Diagnostics diagnostics) {
        for (ColumnProperty property : entity.columns()) {
            if (property.defaultValue().orElse(null) instanceof ColumnDefault.EnumConstant constant
                    && property.javaType() instanceof ClassName type && fields.containsKey(type.simpleName())) {
                Column column = table.column(property.columnName()).orElseThrow();
                diagnostics.error(column.enumName().map(Located::location).orElse(column.location()), "enum "
                        + type.simpleName() + " of column '" + column.name() + "' is named like the field "
                        + type.simpleName() + " of " + className + ", which would take its place in the default "
                        + type.simpleName() + "." + constant.name()
                        + ": give the column an enum_name that starts with an upper-case letter");
            }
        }
    }

    private void field(String name, NameSource source) {
        add(fields, "the field " + name, name, source);
    }

    private void method(String name, NameSource source) {
        add(methods, name + "()", name, source);
    }

    private void add(Map<String, NameSource> names, String member, String name, NameSource source) {
        NameSource first = names.putIfAbsent(name, source);
        if (first != null && !first.equals(source) && source.location().isPresent()) {
            clashes.computeIfAbsent(List.of(source, first), key -> new ArrayList<>()).add(member);
        }
    }

    /** One diagnostic per pair of sources, naming every member they both give the class. */
    private void report(Diagnostics diagnostics) {
        clashes.forEach((pair, members) -> {
            NameSource source = pair.get(0);
            NameSource first = pair.get(1);
            SourceLocation at = source.location().orElseThrow();
            String what = members.stream().allMatch(member -> member.endsWith("()"))
                    ? (members.size() == 1 ? "a method " : "the methods ") + list(members)
                    : list(members);
            if (first.location().isEmpty()) {
                diagnostics.error(at, source.what() + " would give " + className + " " + what + ", which is "
                        + first.what() + ": " + source.fix());
            } else {
                diagnostics.error(at, source.what() + " would give " + className + " " + what + ", which "
                        + first.what() + " (" + first.where(at) + ") gives it too: " + source.fix());
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
