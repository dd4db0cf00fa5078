package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.text.JavaText;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The generated base class of each customizable table: the whole mapping, which the entity class, the user's,
 * extends.
 */
record BaseClassFileEmitter(MappedClassEmitter mapped) implements SourceFileEmitter {

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        return mapped.files(model, EntityModel::customizable, entity -> TypeSpec.classBuilder(entity.generatedClass())
                .addModifiers(Modifier.PUBLIC, Modifier.ABSTRACT)
                .addJavadoc("The mapping of table {@code $L} for {@link $T}, which extends this class and is yours\n"
                        + "to edit.\n", JavaText.javadoc(entity.tableName()), entity.className()));
    }
}
