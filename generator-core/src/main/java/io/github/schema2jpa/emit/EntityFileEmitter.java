package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.text.JavaText;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The entity class of each table that is not customizable: the whole mapping, generated. */
record EntityFileEmitter(MappedClassEmitter mapped) implements SourceFileEmitter {

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        return mapped.files(model, entity -> !entity.customizable(), EntityFileEmitter::begin);
    }

    private static TypeSpec.Builder begin(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.className()).addModifiers(Modifier.PUBLIC);
        entity.doc().ifPresent(doc -> type.addJavadoc("$L\n\n<p>", doc));
        return type.addJavadoc("Maps table {@code $L}.\n", JavaText.javadoc(entity.tableName()));
    }
}
