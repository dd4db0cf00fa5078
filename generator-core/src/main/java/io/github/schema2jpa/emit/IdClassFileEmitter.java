package io.github.schema2jpa.emit;

import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.Identifier;
import java.util.ArrayList;
import java.util.List;

/** The id class of each entity with a composite primary key. */
final class IdClassFileEmitter implements SourceFileEmitter {

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        List<GeneratedFile> files = new ArrayList<>();
        for (EntityModel entity : model.entities()) {
            if (entity.identifier() instanceof Identifier.Composite key) {
                files.add(JavaSources.generated(key.idClass(), entity.schemaFile(), IdClassEmitter.keyClass(entity, key)));
            }
        }
        return files;
    }
}
