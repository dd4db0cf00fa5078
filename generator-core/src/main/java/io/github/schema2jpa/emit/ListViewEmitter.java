package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The {@value io.github.schema2jpa.naming.JavaNames#LIST_VIEW} class that the collection side of a one-to-many pair
 * returns: a list whose add and remove go through the entity's helpers, and whose static methods load the collection
 * without what has left it since its rows were read.
 */
final class ListViewEmitter {

    private static final TypeVariableName E = CollectionViewEmitter.E;
    private static final ClassName PERSISTENT_COLLECTION = ClassName.get("org.hibernate.collection.spi",
            "PersistentCollection");
    private static final ClassName HIBERNATE_PROXY = ClassName.get("org.hibernate.proxy", "HibernateProxy");
    private static final ClassName SESSION = ClassName.get("org.hibernate.engine.spi",
            "SharedSessionContractImplementor");
    private static final TypeName LIST_OF_E = ParameterizedTypeName.get(ClassName.get(List.class), E);
    private static final TypeName ITERATOR_OF_E = ParameterizedTypeName.get(ClassName.get(Iterator.class), E);
    private static final TypeName SUPPLIER = ParameterizedTypeName.get(ClassName.get(Supplier.class), LIST_OF_E);
    private static final TypeName TYPE = ParameterizedTypeName.get(ClassName.get(Class.class), E);
    private static final TypeName ADDER = ParameterizedTypeName.get(ClassName.get(Consumer.class), E);
    private static final TypeName REMOVER = ParameterizedTypeName.get(ClassName.get(Predicate.class), E);
    private static final TypeVariableName T = TypeVariableName.get("T");
    private static final TypeName LIST_OF_T = ParameterizedTypeName.get(ClassName.get(List.class), T);
    private static final TypeName FUNCTION_OF_T = ParameterizedTypeName.get(ClassName.get(Function.class), T,
            WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName WILDCARD_COLLECTION = ParameterizedTypeName.get(ClassName.get(Collection.class),
            WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName WILDCARD_PERSISTENT = ParameterizedTypeName.get(
            PERSISTENT_COLLECTION, WildcardTypeName.subtypeOf(Object.class));
    private static final TypeName WILDCARD_ABSTRACT_PERSISTENT = ParameterizedTypeName.get(
            CollectionViewEmitter.ABSTRACT_PERSISTENT_COLLECTION, WildcardTypeName.subtypeOf(Object.class));

    private ListViewEmitter() {
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return CollectionViewEmitter.override(name, returns);
    }

    static TypeSpec spec() {
        return TypeSpec.classBuilder(CollectionViewEmitter.LIST_VIEW)
                .addModifiers(Modifier.FINAL)
                .addTypeVariable(E)
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractList.class), E))
                .addSuperinterface(Types.LAZY_INITIALIZABLE)
                .addJavadoc("A view of the inverse ({@code mappedBy}) side of a one-to-many relationship that keeps the\n"
                        + "owning side in step, as SQLAlchemy's {@code back_populates} does: adding an element sets its\n"
                        + "owner, and removing one clears it. Adding never loads the collection.\n"
                        + "\n"
                        + "<p>Iteration is fail-fast: moving an element to another owner while iterating throws\n"
                        + "{@link java.util.ConcurrentModificationException} (iterate over a copy to do that), while\n"
                        + "removing through the iterator is safe. {@code addAll} adds every element, even from a view of\n"
                        + "another owner's collection that the adding empties.\n"
                        + "\n"
                        + "<p>Positional changes ({@code add(int, E)}, {@code set}) are not supported: the order of the\n"
                        + "collection is the order it is loaded in.\n"
                        + "\n"
                        + "@param <E> the element type\n")
                .addField(SUPPLIER, "elements", Modifier.PRIVATE, Modifier.FINAL)
                .addField(SUPPLIER, "loaded", Modifier.PRIVATE, Modifier.FINAL)
                .addField(TYPE, "type", Modifier.PRIVATE, Modifier.FINAL)
                .addField(ADDER, "adder", Modifier.PRIVATE, Modifier.FINAL)
                .addField(REMOVER, "remover", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor())
                .addMethods(listMethods())
                .addMethods(List.of(reachable(), moved(), loaded(), managed(), forget()))
                .build();
    }

    private static MethodSpec constructor() {
        return MethodSpec.constructorBuilder()
                .addJavadoc("@param elements the owner's collection as it is, loaded or not\n"
                        + "@param loaded the owner's collection, loaded if it was not\n"
                        + "@param type the element type\n"
                        + "@param adder sets an element's owner to the owner of this collection\n"
                        + "@param remover clears an element's owner if it is the owner of this collection\n")
                .addParameter(SUPPLIER, "elements")
                .addParameter(SUPPLIER, "loaded")
                .addParameter(TYPE, "type")
                .addParameter(ADDER, "adder")
                .addParameter(REMOVER, "remover")
                .addStatement("this.elements = elements")
                .addStatement("this.loaded = loaded")
                .addStatement("this.type = type")
                .addStatement("this.adder = adder")
                .addStatement("this.remover = remover")
                .build();
    }

    /** The list's own methods: reads go to the loaded collection, changes to the adder and the remover. */
    private static List<MethodSpec> listMethods() {
        TypeSpec iterator = iterator();
        return List.of(
                override("size", TypeName.INT).addStatement("return loaded.get().size()").build(),
                override("get", E).addParameter(int.class, "index")
                        .addStatement("return loaded.get().get(index)").build(),
                override("contains", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return loaded.get().contains(element)").build(),
                override("iterator", ITERATOR_OF_E).addStatement("return $L", iterator).build(),
                override("add", TypeName.BOOLEAN).addParameter(E, "element")
                        .addStatement("adder.accept(element)")
                        .addStatement("return true").build(),
                override("addAll", TypeName.BOOLEAN)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(E)),
                                "added")
                        .addComment("a copy first: adding may take the elements out of the collection they come from")
                        .addStatement("$T copy = new $T<>(added)", LIST_OF_E, ArrayList.class)
                        .addStatement("copy.forEach(adder)")
                        .addStatement("return !copy.isEmpty()").build(),
                override("remove", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return type.isInstance(element) && remover.test(type.cast(element))").build(),
                override("remove", E).addParameter(int.class, "index")
                        .addStatement("$T element = loaded.get().get(index)", E)
                        .addStatement("remover.test(element)")
                        .addStatement("return element").build(),
                override("clear", TypeName.VOID)
                        .addStatement("new $T<>(loaded.get()).forEach(remover::test)", ArrayList.class).build(),
                override("wasInitialized", TypeName.BOOLEAN)
                        .addStatement("return $T.isInitialized(elements.get())", Types.HIBERNATE).build(),
                override("forceInitialization", TypeName.VOID)
                        .addStatement("loaded.get()").build());
    }

    /**
     * The iterator: over the list as loaded, removing through the remover, then going on from where the removal
     * left the list.
     */
    private static TypeSpec iterator() {
        return TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(ITERATOR_OF_E)
                .addField(FieldSpec.builder(LIST_OF_E, "list", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("loaded.get()").build())
                .addField(FieldSpec.builder(ITERATOR_OF_E, "delegate", Modifier.PRIVATE).initializer("list.iterator()").build())
                .addField(int.class, "next", Modifier.PRIVATE)
                .addField(E, "current", Modifier.PRIVATE)
                .addMethod(override("hasNext", TypeName.BOOLEAN).addStatement("return delegate.hasNext()").build())
                .addMethod(override("next", E)
                        .addStatement("current = delegate.next()")
                        .addStatement("next++")
                        .addStatement("return current").build())
                .addMethod(CollectionViewEmitter.iteratorRemove()
                        .addStatement("int size = list.size()")
                        .addStatement("remover.test(current)")
                        .addStatement("current = null")
                        .beginControlFlow("if (list.size() < size)")
                        .addStatement("next--")
                        .endControlFlow()
                        .addComment("the removal went through the owning side, so go on from where it left the list")
                        .addStatement("delegate = list.listIterator(next)").build())
                .build();
    }

    static MethodSpec reachable() {
        return MethodSpec.methodBuilder("reachable")
                .addModifiers(Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(Object.class, "lazy")
                .addJavadoc("Whether an entity or a collection is loaded, or can still be loaded or queue an addition:\n"
                        + "its persistence context is open. A detached one that is not loaded is left as it is.\n")
                .beginControlFlow("if ($T.isInitialized(lazy))", Types.HIBERNATE)
                .addStatement("return true")
                .endControlFlow()
                .addStatement("$T session = null", SESSION)
                .beginControlFlow("if (lazy instanceof $T proxy)", HIBERNATE_PROXY)
                .addStatement("session = proxy.getHibernateLazyInitializer().getSession()")
                .nextControlFlow("else if (lazy instanceof $T collection)", WILDCARD_ABSTRACT_PERSISTENT)
                .addStatement("session = collection.getSession()")
                .endControlFlow()
                .addStatement("return session != null && session.isOpen()")
                .build();
    }

    static MethodSpec moved() {
        return MethodSpec.methodBuilder("moved")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .addParameter(LIST_OF_T, "list")
                .addParameter(T, "element")
                .addJavadoc("Takes an element that moved to another owner out of a loaded collection, and out of what\n"
                        + "Hibernate remembers of it as loaded: a move is not an orphan for orphan removal. The\n"
                        + "collection of an owner that is being deleted is left as it is: Hibernate may be cascading the\n"
                        + "delete over it.\n")
                .beginControlFlow("if (list instanceof $T collection && collection.getSession() != null)",
                        WILDCARD_ABSTRACT_PERSISTENT)
                .addStatement("$T owner = collection.getSession().getPersistenceContextInternal()\n"
                        + "$>$>.getEntry(collection.getOwner())$<$<", CollectionViewEmitter.ENTITY_ENTRY)
                .beginControlFlow("if (owner != null && owner.getStatus() == $T.DELETED)",
                        ClassName.get("org.hibernate.engine.spi", "Status"))
                .addStatement("return")
                .endControlFlow()
                .endControlFlow()
                .addStatement("list.remove(element)")
                .addStatement("forget(list, element)")
                .build();
    }

    static MethodSpec loaded() {
        return MethodSpec.methodBuilder("loaded")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(T)
                .returns(LIST_OF_T)
                .addParameter(LIST_OF_T, "list")
                .addParameter(Object.class, "ownerId")
                .addParameter(FUNCTION_OF_T, "ownerIdOf")
                .addParameter(FUNCTION_OF_T, "ownerOf")
                .addJavadoc("The collection, loaded if it was not. Rows read from the database may be out of date:\n"
                        + "SQLAlchemy flushes before it loads a collection, Hibernate does not. So what has left since\n"
                        + "(its owner, read through {@code ownerIdOf} and {@code ownerOf}, is no longer the one with\n"
                        + "{@code ownerId}) is taken out, and additions queued twice are kept once. An element that moved\n"
                        + "to another owner is forgotten as loaded; one left without owner stays an orphan, which orphan\n"
                        + "removal deletes.\n")
                .beginControlFlow("if ($T.isInitialized(list))", Types.HIBERNATE)
                .addStatement("return list")
                .endControlFlow()
                .addStatement("$T.initialize(list)", Types.HIBERNATE)
                .addStatement("boolean wasDirty = !(list instanceof $T persistent) || persistent.isDirty()",
                        WILDCARD_PERSISTENT)
                .addStatement("$T<$T> seen = $T.newSetFromMap(new $T<>())", Set.class, Object.class,
                        Collections.class, IdentityHashMap.class)
                .addStatement("$T<$T> each = list.iterator()", Iterator.class, T)
                .beginControlFlow("while (each.hasNext())")
                .addStatement("$T element = each.next()", T)
                .addStatement("$T id = ownerIdOf.apply(element)", Object.class)
                .beginControlFlow("if (!seen.add(element))")
                .addStatement("each.remove()")
                .nextControlFlow("else if (!$T.equals(id, ownerId))", Objects.class)
                .addStatement("each.remove()")
                .beginControlFlow("if (id != null || ownerOf.apply(element) != null || !managed(list, element))")
                .addStatement("forget(list, element)")
                .nextControlFlow("else")
                .addStatement("wasDirty = true")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addComment("a collection that only lost what left it since it was read has no change of its own")
                .beginControlFlow("if (!wasDirty)")
                .addStatement("(($T) list).clearDirty()", WILDCARD_PERSISTENT)
                .endControlFlow()
                .addStatement("return list")
                .build();
    }

    private static MethodSpec managed() {
        return MethodSpec.methodBuilder("managed")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(TypeName.BOOLEAN)
                .addParameter(WILDCARD_COLLECTION, "list")
                .addParameter(Object.class, "element")
                .addStatement("return list instanceof $T collection && collection.getSession() != null\n"
                        + "&& collection.getSession().getPersistenceContextInternal().isEntryFor(element)",
                        WILDCARD_ABSTRACT_PERSISTENT)
                .build();
    }

    private static MethodSpec forget() {
        return MethodSpec.methodBuilder("forget")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .addParameter(WILDCARD_COLLECTION, "list")
                .addParameter(Object.class, "element")
                .beginControlFlow("if (list instanceof $T persistent && persistent.getStoredSnapshot() instanceof $T snapshot)",
                        WILDCARD_PERSISTENT, WILDCARD_COLLECTION)
                .addStatement("snapshot.removeIf(each -> each == element)")
                .endControlFlow()
                .build();
    }
}
