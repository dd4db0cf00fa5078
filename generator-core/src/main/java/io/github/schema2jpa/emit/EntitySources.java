package io.github.schema2jpa.emit;

import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.TargetInput;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The default target: JPA entity sources. Each kind of file has its emitter: entity classes, base classes of
 * customizable tables and the entity classes created for the user, id classes, enums, collection views. Every
 * generated file starts with {@value JavaSources#HEADER} and the schema file's name.
 */
public final class EntitySources implements Target {

    /** The target's name. */
    public static final String NAME = "entities";

    @Override
    public String name() {
        return NAME;
    }

    /** The files, sorted by path so that output is the same on every run. */
    @Override
    public List<GeneratedFile> generate(TargetInput input) {
        MappedClassEmitter mapped = new MappedClassEmitter(input.options(), input.naming());
        List<SourceFileEmitter> emitters = List.of(
                new EntityFileEmitter(mapped),
                new BaseClassFileEmitter(mapped),
                new UserClassFileEmitter(),
                new IdClassFileEmitter(),
                new EnumFileEmitter(),
                new CollectionViewFileEmitter());
        List<GeneratedFile> files = new ArrayList<>();
        for (SourceFileEmitter emitter : emitters) {
            files.addAll(emitter.emit(input.model()));
        }
        files.sort(Comparator.comparing(file -> file.path().toString().replace('\\', '/')));
        return List.copyOf(files);
    }
}
