package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.text.SchemaText;
import java.util.List;
import javax.lang.model.element.Modifier;

/** The entity class of each table that is not customizable: the whole mapping, generated. */
final class EntityFileEmitter implements SourceFileEmitter {

    private final MappedClassEmitter mapped;

    EntityFileEmitter(MappedClassEmitter mapped) {
        this.mapped = mapped;
    }

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        return model.entities().stream().filter(entity -> !entity.customizable()).map(this::file).toList();
    }

    private GeneratedFile file(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.className()).addModifiers(Modifier.PUBLIC);
        entity.doc().ifPresent(doc -> type.addJavadoc("$L\n\n<p>", doc));
        type.addJavadoc("Maps table {@code $L}.\n", SchemaText.javadoc(entity.tableName()));
        return JavaSources.generated(entity.className(), entity.schemaFile(), mapped.emit(entity, type));
    }
}
