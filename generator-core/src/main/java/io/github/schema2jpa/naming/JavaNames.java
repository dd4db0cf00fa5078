package io.github.schema2jpa.naming;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import javax.lang.model.SourceVersion;

/**
 * The names the generator fixes itself, whatever the schema says, and the Java names a schema may not take. The
 * emitters write these names and the namespace check reserves them, from this one place. Names derived from the
 * schema (accessors, helpers, key and base classes) come from the {@link NamingStrategy}.
 */
public final class JavaNames {

    /** The {@code @PrePersist} callback that fills client-side defaults. */
    public static final String APPLY_DEFAULTS = "applyDefaults";

    /** The {@code @PreRemove} callback that unlinks an entity from the many-to-many links the other side owns. */
    public static final String UNLINK_BEFORE_REMOVE = "unlinkBeforeRemove";

    /**
     * The suffix of the private field that maps a many-to-many's association table once more from the side without
     * the {@code @JoinTable}, so that Hibernate deletes that side's link rows with it: {@code packagesLinkRows}.
     */
    public static final String LINK_ROWS_SUFFIX = "LinkRows";

    /** The view that the collection side of a one-to-many pair returns, generated once per package. */
    public static final String LIST_VIEW = "BackPopulatedList";

    /** The view that each side of a many-to-many pair returns, generated once per package. */
    public static final String SET_VIEW = "BackPopulatedSet";

    /** The serialization version field of a key class. */
    public static final String SERIAL_VERSION_UID = "serialVersionUID";

    /** Classes generated into every package that needs them, apart from entities, keys and enums. */
    public static final List<String> HELPER_TYPES = List.of(LIST_VIEW, SET_VIEW);

    /** Methods every entity and key class declares, overriding {@code Object}'s. */
    public static final List<String> OBJECT_OVERRIDES = List.of("equals", "hashCode", "toString");

    /** Methods {@code Object} declares final: no generated class can declare them. */
    public static final List<String> OBJECT_FINAL_METHODS = List.of("getClass", "notify", "notifyAll", "wait");

    /**
     * Identifiers that cannot name a type (JLS 3.9): {@code var}, {@code yield}, {@code record}, {@code sealed},
     * {@code permits}. They can name fields and methods.
     */
    public static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");

    /**
     * The {@code java.lang} classes that generated code writes by their simple name. A class of that name in the
     * generated package would take their place in every file of the package ({@code String} would no longer be
     * {@code java.lang.String}, {@code @Override} would no longer be an annotation). Other {@code java.lang} names,
     * such as {@code Package} or {@code Thread}, are free: a class in the package takes precedence, and generated
     * code never means the {@code java.lang} one.
     */
    public static final Set<String> JAVA_LANG_TYPES_USED = Set.of(
            "Object", "String", "Class", "Override",
            "Boolean", "Short", "Integer", "Long", "Float", "Double",
            "IllegalStateException", "UnsupportedOperationException");

    /** The packages of the libraries the generated code uses: Jakarta Persistence and Hibernate. */
    public static final List<String> LIBRARY_PACKAGES = List.of("jakarta.persistence", "org.hibernate");

    /**
     * The classes outside {@code java.lang} that generated code uses, by simple name. Where a class of the generated
     * package has one of these names, the generated code writes the library's class in full
     * ({@code org.hibernate.Hibernate.isInitialized(...)}, {@code jakarta.persistence.FetchType.LAZY}), and a field
     * or parameter named like the first part of its package ({@code org}, {@code java}, {@code jakarta}) would
     * obscure that package: Java reads {@code org.hibernate} as a field of the variable {@code org}.
     */
    public static final Map<String, String> LIBRARY_TYPES_USED = libraryTypesUsed(
            "jakarta.persistence", List.of("CascadeType", "Column", "ConstraintMode", "Entity", "EnumType",
                    "Enumerated", "FetchType", "ForeignKey", "GeneratedValue", "GenerationType", "Id", "IdClass",
                    "Index", "JoinColumn", "JoinTable", "ManyToMany", "ManyToOne", "MappedSuperclass", "MapsId",
                    "OneToMany", "OneToOne", "OrderBy", "PrePersist", "PreRemove", "SequenceGenerator", "Table",
                    "UniqueConstraint", "Version"),
            "java.io", List.of("Serializable"),
            "java.math", List.of("BigDecimal"),
            "java.time", List.of("Instant", "LocalDate", "LocalDateTime", "LocalTime", "OffsetDateTime"),
            "java.util", List.of("AbstractList", "AbstractSet", "ArrayList", "Collection", "Collections",
                    "ConcurrentModificationException", "IdentityHashMap", "Iterator", "LinkedHashSet", "List",
                    "ListIterator", "Map", "NoSuchElementException", "Objects", "Set", "UUID"),
            "java.util.function", List.of("Consumer", "Function", "Predicate", "Supplier"),
            "org.hibernate", List.of("Hibernate", "Length"),
            "org.hibernate.annotations", List.of("BatchSize", "ColumnDefault", "DynamicInsert", "Fetch", "FetchMode",
                    "Generated", "OnDelete", "OnDeleteAction"),
            "org.hibernate.generator", List.of("EventType"),
            "org.hibernate.collection.spi", List.of("AbstractPersistentCollection", "LazyInitializable",
                    "PersistentCollection"),
            "org.hibernate.engine.spi", List.of("EntityEntry", "SharedSessionContractImplementor", "Status"),
            "org.hibernate.proxy", List.of("HibernateProxy"));

    private static Map<String, String> libraryTypesUsed(Object... packagesAndNames) {
        Map<String, String> types = new TreeMap<>();
        for (int i = 0; i < packagesAndNames.length; i += 2) {
            for (Object name : (List<?>) packagesAndNames[i + 1]) {
                types.put((String) name, packagesAndNames[i] + "." + name);
            }
        }
        return Map.copyOf(types);
    }

    private JavaNames() {
    }

    /**
     * Why {@code name} cannot be the simple name of a generated class, if it cannot: a keyword, a restricted
     * identifier, a {@code java.lang} class the generated code uses, or one of the helper classes.
     */
    public static Optional<String> typeNameProblem(String name) {
        if (SourceVersion.isKeyword(name)) {
            return Optional.of("'" + name + "' is a Java keyword");
        }
        if (RESTRICTED_TYPE_NAMES.contains(name)) {
            return Optional.of("'" + name + "' cannot name a Java class (a restricted identifier)");
        }
        if (JAVA_LANG_TYPES_USED.contains(name)) {
            return Optional.of("a class '" + name + "' would hide java.lang." + name
                    + ", which the generated classes of its package use");
        }
        if (HELPER_TYPES.contains(name)) {
            return Optional.of("'" + name + "' is the name of a class schema2jpa generates into the package");
        }
        return Optional.empty();
    }

    /**
     * Why {@code name} cannot be the package of generated classes, if it cannot: packages under {@code java} and
     * packages of the JDK's modules belong to the JDK, and javac refuses classes in them; packages of Jakarta
     * Persistence and Hibernate hold the classes the generated code uses, which a generated class would replace.
     */
    public static Optional<String> packageProblem(String name) {
        if (name.equals("java") || name.startsWith("java.")) {
            return Optional.of("packages under 'java' belong to the JDK");
        }
        for (String library : LIBRARY_PACKAGES) {
            if (name.equals(library) || name.startsWith(library + ".")) {
                return Optional.of("packages under '" + library + "' belong to the library whose classes the"
                        + " generated code uses, and a generated class would take the place of one of them");
            }
        }
        boolean jdk = ModuleLayer.boot().modules().stream()
                .filter(module -> module.getName().startsWith("java.") || module.getName().startsWith("jdk."))
                .anyMatch(module -> module.getPackages().contains(name));
        return jdk ? Optional.of("package '" + name + "' belongs to the JDK") : Optional.empty();
    }
}
