package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import com.palantir.javapoet.WildcardTypeName;
import io.github.schema2jpa.naming.JavaNames;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The package-private views that the collection sides of pairs return: {@value JavaNames#LIST_VIEW} for one-to-many
 * ({@link ListViewEmitter}), {@value JavaNames#SET_VIEW} for many-to-many. Their add and remove go through the
 * entity's helpers, which keep the other side in step; reads go to the entity's collection as it is at the time, so
 * Hibernate's lazy collection stays in charge of loading. They are generated next to the entities, so that generated
 * code needs nothing beyond Jakarta Persistence and Hibernate.
 */
final class CollectionViewEmitter {

    static final String LIST_VIEW = JavaNames.LIST_VIEW;
    static final String SET_VIEW = JavaNames.SET_VIEW;

    static final TypeVariableName E = TypeVariableName.get("E");
    static final ClassName ABSTRACT_PERSISTENT_COLLECTION = ClassName.get("org.hibernate.collection.spi",
            "AbstractPersistentCollection");
    static final ClassName ENTITY_ENTRY = ClassName.get("org.hibernate.engine.spi", "EntityEntry");

    private CollectionViewEmitter() {
    }

    static ClassName listView(String packageName) {
        return ClassName.get(packageName, LIST_VIEW);
    }

    static ClassName setView(String packageName) {
        return ClassName.get(packageName, SET_VIEW);
    }

    static TypeSpec listViewSpec() {
        return ListViewEmitter.spec();
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
                .addMethod(iteratorRemove()
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

    /** An iterator's {@code remove}, which refuses to run before {@code next} or twice. */
    static MethodSpec.Builder iteratorRemove() {
        return override("remove", TypeName.VOID)
                .beginControlFlow("if (current == null)")
                .addStatement("throw new $T()", IllegalStateException.class)
                .endControlFlow();
    }

    static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
