package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.text.JavaText;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * The entity class of each customizable table: created once for the user, who adds methods to it; the mapping
 * stays in the generated base class. Only {@code @Table} is here, as Jakarta Persistence puts it on the entity.
 */
final class UserClassFileEmitter implements SourceFileEmitter {

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        return model.entities().stream().filter(EntityModel::customizable).map(UserClassFileEmitter::file).toList();
    }

    private static GeneratedFile file(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.className())
                .addModifiers(Modifier.PUBLIC)
                .superclass(entity.generatedClass())
                .addAnnotation(Types.ENTITY)
                .addAnnotation(TableAnnotationEmitter.table(entity));
        entity.doc().ifPresent(doc -> type.addJavadoc("$L\n\n<p>", doc));
        type.addJavadoc("The mapping is generated into {@link $T}; add your own methods here.\n",
                entity.generatedClass());
        type.addField(JavaSources.serialVersionUid());
        CodeBlock comment = CodeBlock.of("Created by schema2jpa from $L, once: this file is yours, and schema2jpa"
                + " never writes it again.", JavaText.lineComment(entity.schemaFile()));
        return JavaSources.userOwned(entity.className(), type.build(), comment);
    }
}
