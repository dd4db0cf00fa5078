package io.github.schema2jpa.emit;

import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.GenerationModel;
import java.util.List;

/** The Java enum of each enum column type. */
final class EnumFileEmitter implements SourceFileEmitter {

    private final EnumEmitter enumEmitter = new EnumEmitter();

    @Override
    public List<GeneratedFile> emit(GenerationModel model) {
        return model.enums().stream()
                .map(enumModel -> JavaSources.generated(
                        enumModel.className(), enumModel.schemaFile(), enumEmitter.emit(enumModel)))
                .toList();
    }
}
