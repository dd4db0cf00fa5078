package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import java.util.AbstractList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;
import javax.lang.model.element.Modifier;

/**
 * The package-private list view that the collection side of a pair returns. It is generated next to the entities,
 * so that generated code needs nothing beyond Jakarta Persistence and Hibernate.
 */
final class BackPopulatedListEmitter {

    static final String SIMPLE_NAME = "BackPopulatedList";

    private BackPopulatedListEmitter() {
    }

    static ClassName className(String packageName) {
        return ClassName.get(packageName, SIMPLE_NAME);
    }

    static TypeSpec typeSpec() {
        TypeVariableName e = TypeVariableName.get("E");
        TypeName listOfE = ParameterizedTypeName.get(ClassName.get(List.class), e);
        return TypeSpec.classBuilder(SIMPLE_NAME)
                .addJavadoc("A view of the inverse ({@code mappedBy}) side of a relationship that keeps the owning side\n"
                        + "in step, as SQLAlchemy's {@code back_populates} does: adding an element sets its owner, and\n"
                        + "removing one clears it. Reads go to the entity's collection as it is at the time, so\n"
                        + "Hibernate's lazy collection stays in charge of loading; adding never loads it.\n"
                        + "\n"
                        + "<p>Positional changes ({@code add(int, E)}, {@code set}) are not supported: the order of\n"
                        + "the collection is the order it is loaded in.\n"
                        + "\n"
                        + "@param <E> the element type\n")
                .addModifiers(Modifier.FINAL)
                .addTypeVariable(e)
                .superclass(ParameterizedTypeName.get(ClassName.get(AbstractList.class), e))
                .addSuperinterface(Types.LAZY_INITIALIZABLE)
                .addField(ParameterizedTypeName.get(ClassName.get(Supplier.class), listOfE), "elements",
                        Modifier.PRIVATE, Modifier.FINAL)
                .addField(FieldSpec.builder(ParameterizedTypeName.get(ClassName.get(Class.class), e), "type",
                        Modifier.PRIVATE, Modifier.FINAL).build())
                .addField(ParameterizedTypeName.get(ClassName.get(Consumer.class), e), "adder",
                        Modifier.PRIVATE, Modifier.FINAL)
                .addField(ParameterizedTypeName.get(ClassName.get(Predicate.class), e), "remover",
                        Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Supplier.class), listOfE), "elements")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Class.class), e), "type")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Consumer.class), e), "adder")
                        .addParameter(ParameterizedTypeName.get(ClassName.get(Predicate.class), e), "remover")
                        .addStatement("this.elements = elements")
                        .addStatement("this.type = type")
                        .addStatement("this.adder = adder")
                        .addStatement("this.remover = remover")
                        .build())
                .addMethod(override("get", e).addParameter(int.class, "index")
                        .addStatement("return elements.get().get(index)").build())
                .addMethod(override("size", TypeName.INT)
                        .addStatement("return elements.get().size()").build())
                .addMethod(override("contains", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return elements.get().contains(element)").build())
                .addMethod(override("add", TypeName.BOOLEAN).addParameter(e, "element")
                        .addStatement("adder.accept(element)")
                        .addStatement("return true").build())
                .addMethod(override("remove", TypeName.BOOLEAN).addParameter(Object.class, "element")
                        .addStatement("return type.isInstance(element) && remover.test(type.cast(element))").build())
                .addMethod(override("remove", e).addParameter(int.class, "index")
                        .addStatement("$T element = elements.get().get(index)", e)
                        .addStatement("remover.test(element)")
                        .addStatement("return element").build())
                .addMethod(override("wasInitialized", TypeName.BOOLEAN)
                        .addStatement("return $T.isInitialized(elements.get())", Types.HIBERNATE).build())
                .addMethod(override("forceInitialization", TypeName.VOID)
                        .addStatement("$T.initialize(elements.get())", Types.HIBERNATE).build())
                .build();
    }

    private static MethodSpec.Builder override(String name, TypeName returns) {
        return MethodSpec.methodBuilder(name).addAnnotation(Override.class).addModifiers(Modifier.PUBLIC).returns(returns);
    }
}
