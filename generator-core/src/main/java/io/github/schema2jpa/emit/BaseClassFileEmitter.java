package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.text.SchemaText;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The generated base class of each customizable table: the whole mapping, which the entity class, the user's,
 * extends.
 */
final class BaseClassFileEmitter implements SourceFileEmitter {

    private final MappedClassEmitter mapped;

    BaseClassFileEmitter(MappedClassEmitter mapped) {
        this.mapped = mapped;
    }

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        return model.entities().stream().filter(EntityModel::customizable).map(this::file).toList();
    }

    private GeneratedFile file(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.generatedClass())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("The mapping of table {@code $L} for {@link $T}, which extends this class and is yours\n"
                        + "to edit.\n", SchemaText.javadoc(entity.tableName()), entity.className());
        return JavaSources.generated(entity.generatedClass(), entity.schemaFile(), mapped.emit(entity, type));
    }
}
