package io.github.schema2jpa.repositories;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.emit.JavaSources;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.TargetInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Spring Data repositories: {@code <Entity>Repository extends JpaRepository<Entity, Id>} for every entity, in the
 * entity's package, with {@code Optional<Entity> findBy<Property>(value)} for each unique constraint of one basic
 * column. The key type is the identifier's boxed Java type, or the {@code <Entity>Id} class of a composite key.
 */
public final class RepositorySources implements Target {

    /** The target's name. */
    public static final String NAME = "repositories";

    private static final ClassName JPA_REPOSITORY =
            ClassName.get("org.springframework.data.jpa.repository", "JpaRepository");

    /** The repository interface of {@code entity}. */
    public static ClassName repositoryOf(EntityModel entity) {
        return entity.className().peerClass(entity.className().simpleName() + "Repository");
    }

    @Override
    public String name() {
        return NAME;
    }

    /** The files, sorted by path so that output is the same on every run. */
    @Override
    public List<GeneratedFile> generate(TargetInput input) {
        List<GeneratedFile> files = new ArrayList<>();
        for (EntityModel entity : input.model().entities()) {
            files.add(JavaSources.generated(repositoryOf(entity), entity.schemaFile(), repository(entity)));
        }
        files.sort(Comparator.comparing(file -> file.path().toString().replace('\\', '/')));
        return List.copyOf(files);
    }

    private static TypeSpec repository(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.interfaceBuilder(repositoryOf(entity))
                .addModifiers(Modifier.PUBLIC)
                .addJavadoc("Spring Data repository of {@link $T}.\n", entity.className())
                .addSuperinterface(ParameterizedTypeName.get(JPA_REPOSITORY, entity.className(), keyType(entity)));
        for (ColumnProperty column : uniqueColumns(entity)) {
            String name = column.names().property();
            type.addMethod(MethodSpec.methodBuilder("findBy" + Character.toUpperCase(name.charAt(0))
                            + name.substring(1))
                    .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                    .addJavadoc("The entity whose {@code $L} is {@code $L}, if any.\n", name, name)
                    .addParameter(ParameterSpec.builder(column.javaType(), name).build())
                    .returns(ParameterizedTypeName.get(ClassName.get(Optional.class), entity.className()))
                    .build());
        }
        return type.build();
    }

    private static TypeName keyType(EntityModel entity) {
        if (entity.identifier() instanceof Identifier.Composite composite) {
            return composite.idClass();
        }
        return ((Identifier.Single) entity.identifier()).property().javaType().box();
    }

    /** The basic columns that a unique constraint of their own covers, in schema order, the key excluded. */
    private static List<ColumnProperty> uniqueColumns(EntityModel entity) {
        Set<String> unique = new LinkedHashSet<>();
        for (EntityModel.ConstraintModel constraint : entity.uniqueConstraints()) {
            if (constraint.columns().size() == 1) {
                unique.add(constraint.columns().get(0));
            }
        }
        return entity.columns().stream()
                .filter(column -> !column.id() && unique.contains(column.sqlName()))
                .toList();
    }
}
