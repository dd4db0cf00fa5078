package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import io.github.schema2jpa.naming.JavaNames;
import java.util.AbstractList;
import java.util.AbstractSet;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
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

    private CollectionViewEmitter() {
    }

    static ClassName listView(String packageName) {
        return ClassName.get(packageName, LIST_VIEW);
    }

    static ClassName setView(String packageName) {
        return ClassName.get(packageName, SET_VIEW);
    }

    static TypeSpec listViewSpec() {
        TypeSpec.Builder type = view(LIST_VIEW, ClassName.get(List.class), ClassName.get(AbstractList.class),
                ClassName.get(Consumer.class))
                .addJavadoc("A view of the inverse ({@code mappedBy}) side of a one-to-many relationship that keeps the\n"
                        + "owning side in step, as SQLAlchemy's {@code back_populates} does: adding an element sets its\n"
                        + "owner, and removing one clears it. Adding never loads the collection.\n"
                        + "\n"
                        + "<p>Positional changes ({@code add(int, E)}, {@code set}) are not supported: the order of the\n"
                        + "collection is the order it is loaded in.\n"
                        + "\n"
                        + "@param <E> the element type\n");
        return type
                .addMethod(override("get", E).addParameter(int.class, "index")
                        .addStatement("return elements.get().get(index)").build())
                .addMethod(override("add", TypeName.BOOLEAN).addParameter(E, "element")
                        .addStatement("adder.accept(element)")
                        .addStatement("return true").build())
                .addMethod(override("remove", E).addParameter(int.class, "index")
                        .addStatement("$T element = elements.get().get(index)", E)
                        .addStatement("remover.test(element)")
                        .addStatement("return element").build())
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
