package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.schema2jpa.naming.JavaNames;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The package-private views that the collection sides of pairs return: {@code BackPopulatedList} for one-to-many,
 * {@code BackPopulatedSet} for many-to-many. Their add and remove go through the entity's helpers, which keep the
 * other side in step; reads go to the entity's collection as it is at the time, so Hibernate's lazy collection
 * stays in charge of loading. They are generated next to the entities, so that generated code needs nothing
 * beyond Jakarta Persistence and Hibernate.
 */
final class CollectionViewEmitter {

    static final String LIST_VIEW = JavaNames.LIST_VIEW;
    static final String SET_VIEW = JavaNames.SET_VIEW;

    private static final TypeVariableName E = TypeVariableName.get("E");
    private static final ClassName PERSISTENT_COLLECTION = ClassName.get("org.hibernate.collection.spi",
            "PersistentCollection");
    private static final ClassName ABSTRACT_PERSISTENT_COLLECTION = ClassName.get("org.hibernate.collection.spi",
            "AbstractPersistentCollection");
    private static final ClassName HIBERNATE_PROXY = ClassName.get("org.hibernate.proxy", "HibernateProxy");
    private static final ClassName ENTITY_ENTRY = ClassName.get("org.hibernate.engine.spi", "EntityEntry");
    private static final ClassName SESSION = ClassName.get("org.hibernate.engine.spi",
            "SharedSessionContractImplementor");

    private CollectionViewEmitter() {
    }

    static ClassName listView(String packageName) {
        return ClassName.get(packageName, LIST_VIEW);
    }

    static ClassName setView(String packageName) {
        return ClassName.get(packageName, SET_VIEW);
    }

    static TypeSpec listViewSpec() {
        TypeName listOfE = ParameterizedTypeName.get(ClassName.get(List.class), E);
        TypeName iteratorOfE = ParameterizedTypeName.get(ClassName.get(Iterator.class), E);
        TypeName supplier = ParameterizedTypeName.get(ClassName.get(Supplier.class), listOfE);
        TypeName type = ParameterizedTypeName.get(ClassName.get(Class.class), E);
        TypeName adder = ParameterizedTypeName.get(ClassName.get(Consumer.class), E);
        TypeName remover = ParameterizedTypeName.get(ClassName.get(Predicate.class), E);
        TypeVariableName t = TypeVariableName.get("T");
        TypeName listOfT = ParameterizedTypeName.get(ClassName.get(List.class), t);
        TypeName functionOfT = ParameterizedTypeName.get(ClassName.get(Function.class), t, WildcardTypeName.subtypeOf(Object.class));
        TypeName wildcardCollection = ParameterizedTypeName.get(ClassName.get(Collection.class),
                WildcardTypeName.subtypeOf(Object.class));
        TypeName wildcardPersistent = ParameterizedTypeName.get(PERSISTENT_COLLECTION, WildcardTypeName.subtypeOf(Object.class));
        TypeName wildcardAbstractPersistent = ParameterizedTypeName.get(ABSTRACT_PERSISTENT_COLLECTION,
                WildcardTypeName.subtypeOf(Object.class));

        TypeSpec iterator = TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(iteratorOfE)
                .addField(FieldSpec.builder(listOfE, "list", Modifier.PRIVATE, Modifier.FINAL)
                        .initializer("loaded.get()").build())
                .addField(FieldSpec.builder(iteratorOfE, "delegate", Modifier.PRIVATE).initializer("list.iterator()").build())
                .addField(int.class, "next", Modifier.PRIVATE)
                .addField(E, "current", Modifier.PRIVATE)
                .addMethod(override("hasNext", TypeName.BOOLEAN).addStatement("return delegate.hasNext()").build())
                .addMethod(override("next", E)
                        .addStatement("current = delegate.next()")
                        .addStatement("next++")
                        .addStatement("return current").build())
                .addMethod(override("remove", TypeName.VOID)
                        .beginControlFlow("if (current == null)")
                        .addStatement("throw new $T()", IllegalStateException.class)
                        .endControlFlow()
                        .addStatement("int size = list.size()")
                        .addStatement("remover.test(current)")
                        .addStatement("current = null")
                        .beginControlFlow("if (list.size() < size)")
                        .addStatement("next--")
                        .endControlFlow()
                        .addComment("the removal went through the owning side, so go on from where it left the list")
                        .addStatement("delegate = list.listIterator(next)").build())
                .build();

        return TypeSpec.classBuilder(LIST_VIEW)
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
                .addField(supplier, "elements", Modifier.PRIVATE, Modifier.FINAL)
                .addField(supplier, "loaded", Modifier.PRIVATE, Modifier.FINAL)
                .addField(type, "type", Modifier.PRIVATE, Modifier.FINAL)
                .addField(adder, "adder", Modifier.PRIVATE, Modifier.FINAL)
                .addField(remover, "remover", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("@param elements the owner's collection as it is, loaded or not\n"
                                + "@param loaded the owner's collection, loaded if it was not\n"
                                + "@param type the element type\n"
                                + "@param adder sets an element's owner to the owner of this collection\n"
                                + "@param remover clears an element's owner if it is the owner of this collection\n")
                        .addParameter(supplier, "elements")
                        .addParameter(supplier, "loaded")
                        .addParameter(type, "type")
                        .addParameter(adder, "adder")
                        .addParameter(remover, "remover")
                        .addStatement("this.elements = elements")
                        .addStatement("this.loaded = loaded")
                        .addStatement("this.type = type")
                        .addStatement("this.adder = adder")
                        .addStatement("this.remover = remover")
                        .build())
                .addMethod(override("size", TypeName.INT).addStatement("return loaded.get().size()").build())
                .addMethod(override("get", E).addParameter(int.class, "index")
                        .addStatement("return loaded.get().get(index)").build())
                .addMethod(override("contains", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return loaded.get().contains(element)").build())
                .addMethod(override("iterator", iteratorOfE).addStatement("return $L", iterator).build())
                .addMethod(override("add", TypeName.BOOLEAN).addParameter(E, "element")
                        .addStatement("adder.accept(element)")
                        .addStatement("return true").build())
                .addMethod(override("addAll", TypeName.BOOLEAN)
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Collection.class), WildcardTypeName.subtypeOf(E)),
                                "added")
                        .addComment("a copy first: adding may take the elements out of the collection they come from")
                        .addStatement("$T copy = new $T<>(added)", listOfE, ArrayList.class)
                        .addStatement("copy.forEach(adder)")
                        .addStatement("return !copy.isEmpty()").build())
                .addMethod(override("remove", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return type.isInstance(element) && remover.test(type.cast(element))").build())
                .addMethod(override("remove", E).addParameter(int.class, "index")
                        .addStatement("$T element = loaded.get().get(index)", E)
                        .addStatement("remover.test(element)")
                        .addStatement("return element").build())
                .addMethod(override("clear", TypeName.VOID)
                        .addStatement("new $T<>(loaded.get()).forEach(remover::test)", ArrayList.class).build())
                .addMethod(override("wasInitialized", TypeName.BOOLEAN)
                        .addStatement("return $T.isInitialized(elements.get())", Types.HIBERNATE).build())
                .addMethod(override("forceInitialization", TypeName.VOID)
                        .addStatement("loaded.get()").build())
                .addMethod(MethodSpec.methodBuilder("reachable")
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
                        .nextControlFlow("else if (lazy instanceof $T collection)", wildcardAbstractPersistent)
                        .addStatement("session = collection.getSession()")
                        .endControlFlow()
                        .addStatement("return session != null && session.isOpen()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("moved")
                        .addModifiers(Modifier.STATIC)
                        .addTypeVariable(t)
                        .addParameter(listOfT, "list")
                        .addParameter(t, "element")
                        .addJavadoc("Takes an element that moved to another owner out of a loaded collection, and out of what\n"
                                + "Hibernate remembers of it as loaded: a move is not an orphan for orphan removal. The\n"
                                + "collection of an owner that is being deleted is left as it is: Hibernate may be cascading the\n"
                                + "delete over it.\n")
                        .beginControlFlow("if (list instanceof $T collection && collection.getSession() != null)",
                                wildcardAbstractPersistent)
                        .addStatement("$T owner = collection.getSession().getPersistenceContextInternal()\n"
                                + "$>$>.getEntry(collection.getOwner())$<$<", ENTITY_ENTRY)
                        .beginControlFlow("if (owner != null && owner.getStatus() == $T.DELETED)",
                                ClassName.get("org.hibernate.engine.spi", "Status"))
                        .addStatement("return")
                        .endControlFlow()
                        .endControlFlow()
                        .addStatement("list.remove(element)")
                        .addStatement("forget(list, element)")
                        .build())
                .addMethod(MethodSpec.methodBuilder("loaded")
                        .addModifiers(Modifier.STATIC)
                        .addTypeVariable(t)
                        .returns(listOfT)
                        .addParameter(listOfT, "list")
                        .addParameter(Object.class, "ownerId")
                        .addParameter(functionOfT, "ownerIdOf")
                        .addParameter(functionOfT, "ownerOf")
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
                                wildcardPersistent)
                        .addStatement("$T<$T> seen = $T.newSetFromMap(new $T<>())", Set.class, Object.class,
                                Collections.class, IdentityHashMap.class)
                        .addStatement("$T<$T> each = list.iterator()", Iterator.class, t)
                        .beginControlFlow("while (each.hasNext())")
                        .addStatement("$T element = each.next()", t)
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
                        .addStatement("(($T) list).clearDirty()", wildcardPersistent)
                        .endControlFlow()
                        .addStatement("return list")
                        .build())
                .addMethod(MethodSpec.methodBuilder("managed")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .returns(TypeName.BOOLEAN)
                        .addParameter(wildcardCollection, "list")
                        .addParameter(Object.class, "element")
                        .addStatement("return list instanceof $T collection && collection.getSession() != null\n"
                                + "&& collection.getSession().getPersistenceContextInternal().isEntryFor(element)",
                                wildcardAbstractPersistent)
                        .build())
                .addMethod(MethodSpec.methodBuilder("forget")
                        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                        .addParameter(wildcardCollection, "list")
                        .addParameter(Object.class, "element")
                        .beginControlFlow("if (list instanceof $T persistent && persistent.getStoredSnapshot() instanceof $T snapshot)",
                                wildcardPersistent, wildcardCollection)
                        .addStatement("snapshot.removeIf(each -> each == element)")
                        .endControlFlow()
                        .build())
                .build();
    }

    static TypeSpec setViewSpec() {
        TypeName iteratorOfE = ParameterizedTypeName.get(ClassName.get(Iterator.class), E);
        TypeSpec iterator = TypeSpec.anonymousClassBuilder("")
                .addSuperinterface(iteratorOfE)
                .addField(E, "current", Modifier.PRIVATE)
                .addMethod(override("hasNext", TypeName.BOOLEAN).addStatement("return snapshot.hasNext()").build())
                .addMethod(override("next", E)
                        .addStatement("current = snapshot.next()")
                        .addStatement("return current").build())
                .addMethod(override("remove", TypeName.VOID)
                        .beginControlFlow("if (current == null)")
                        .addStatement("throw new $T()", IllegalStateException.class)
                        .endControlFlow()
                        .addStatement("remover.test(current)")
                        .addStatement("current = null").build())
                .build();
        return view(SET_VIEW, ClassName.get(Set.class), ClassName.get(AbstractSet.class), ClassName.get(Predicate.class))
                .addJavadoc("A view of one side of a many-to-many relationship that keeps the other side in step, as\n"
                        + "SQLAlchemy's {@code back_populates} does: adding or removing an element links or unlinks it on\n"
                        + "both sides. Iteration runs over a copy, so removing through the iterator is safe.\n"
                        + "\n"
                        + "@param <E> the element type\n")
                .addMethod(override("add", TypeName.BOOLEAN).addParameter(E, "element")
                        .addStatement("return adder.test(element)").build())
                .addMethod(override("iterator", iteratorOfE)
                        .addStatement("$T snapshot = new $T<>(elements.get()).iterator()", iteratorOfE, ArrayList.class)
                        .addStatement("return $L", iterator).build())
                .addMethod(loadedInContextOf())
                .build();
    }

    /**
     * The entities of one type that the persistence context of a set that is not loaded holds, read from the context
     * alone: when an entity is deleted, those whose loaded sets may still hold it.
     */
    private static MethodSpec loadedInContextOf() {
        TypeVariableName t = TypeVariableName.get("T");
        TypeName listOfT = ParameterizedTypeName.get(ClassName.get(List.class), t);
        TypeName entry = ParameterizedTypeName.get(ClassName.get(Map.Entry.class), ClassName.get(Object.class),
                ENTITY_ENTRY);
        return MethodSpec.methodBuilder("loadedInContextOf")
                .addModifiers(Modifier.STATIC)
                .addTypeVariable(t)
                .returns(listOfT)
                .addParameter(ParameterizedTypeName.get(ClassName.get(Set.class), WildcardTypeName.subtypeOf(Object.class)),
                        "set")
                .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), t), "type")
                .addJavadoc("The loaded entities of a type in the persistence context of a set that is not loaded, read\n"
                        + "without loading anything: when an entity is deleted, those whose loaded sets may still hold it.\n"
                        + "None for a set that has no open persistence context.\n")
                .addStatement("$T found = new $T<>()", listOfT, ArrayList.class)
                .beginControlFlow("if (set instanceof $T collection && collection.getSession() != null)",
                        ParameterizedTypeName.get(ABSTRACT_PERSISTENT_COLLECTION, WildcardTypeName.subtypeOf(Object.class)))
                .beginControlFlow("for ($T entry : collection.getSession().getPersistenceContextInternal()\n"
                        + "$>$>.reentrantSafeEntityEntries())$<$<", entry)
                .beginControlFlow("if (type.isInstance(entry.getKey()))")
                .addStatement("found.add(type.cast(entry.getKey()))")
                .endControlFlow()
                .endControlFlow()
                .endControlFlow()
                .addStatement("return found")
                .build();
    }

    /** What both views share: the fields, the constructor, size, contains, remove and lazy-loading state. */
    private static TypeSpec.Builder view(String name, ClassName collection, ClassName abstractCollection,
            ClassName adderType) {
        TypeName elements = ParameterizedTypeName.get(ClassName.get(Supplier.class),
                ParameterizedTypeName.get(collection, E));
        TypeName type = ParameterizedTypeName.get(ClassName.get(Class.class), E);
        TypeName adder = ParameterizedTypeName.get(adderType, E);
        TypeName remover = ParameterizedTypeName.get(ClassName.get(Predicate.class), E);
        return TypeSpec.classBuilder(name)
                .addModifiers(Modifier.FINAL)
                .addTypeVariable(E)
                .superclass(ParameterizedTypeName.get(abstractCollection, E))
                .addSuperinterface(Types.LAZY_INITIALIZABLE)
                .addField(elements, "elements", Modifier.PRIVATE, Modifier.FINAL)
                .addField(type, "type", Modifier.PRIVATE, Modifier.FINAL)
                .addField(adder, "adder", Modifier.PRIVATE, Modifier.FINAL)
                .addField(remover, "remover", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(elements, "elements")
                        .addParameter(type, "type")
                        .addParameter(adder, "adder")
                        .addParameter(remover, "remover")
                        .addStatement("this.elements = elements")
                        .addStatement("this.type = type")
                        .addStatement("this.adder = adder")
                        .addStatement("this.remover = remover")
                        .build())
                .addMethod(override("size", TypeName.INT)
                        .addStatement("return elements.get().size()").build())
                .addMethod(override("contains", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return elements.get().contains(element)").build())
                .addMethod(override("remove", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return type.isInstance(element) && remover.test(type.cast(element))").build())
                .addMethod(override("wasInitialized", TypeName.BOOLEAN)
                        .addStatement("return $T.isInitialized(elements.get())", Types.HIBERNATE).build())
                .addMethod(override("forceInitialization", TypeName.VOID)
                        .addStatement("$T.initialize(elements.get())", Types.HIBERNATE).build());
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
