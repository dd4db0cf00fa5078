package io.github.schema2jpa.emit;

import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.GenerationModel;
import java.util.List;

/** Writes one kind of source file (entity classes, enums, id classes...): every file of that kind the model needs. */
interface SourceFileEmitter {

    List<GeneratedFile> emit(GenerationModel model);
}
