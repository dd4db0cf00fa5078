package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.GenerationModel;
import java.io.Serializable;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * The members of the class that holds a table's mapping: the entity, or the base class of a customizable table. Each
 * concern is its own {@link MemberEmitter}; their order is the order of members in the class.
 */
final class MappedClassEmitter {

    private final List<MemberEmitter> memberEmitters;

    MappedClassEmitter(GeneratorOptions options, NamingStrategy naming) {
        this.memberEmitters = List.of(
                new TableAnnotationEmitter(),
                new IdClassEmitter(),
                new ColumnFieldEmitter(options.sequenceAllocationSize()),
                new RelationshipFieldEmitter(),
                new ConstructorEmitter(),
                new ColumnAccessorEmitter(),
                new RelationshipAccessorEmitter(naming),
                new DefaultsEmitter(),
                new UnlinkOnRemoveEmitter(naming),
                new IdentityEmitter(),
                new ToStringEmitter());
    }

    /**
     * A generated file for each entity that {@code picked} accepts: the class {@code begin} starts (name, modifiers,
     * Javadoc), with the mapping.
     */
    List<GeneratedFile> files(GenerationModel model, Predicate<EntityModel> picked,
            Function<EntityModel, TypeSpec.Builder> begin) {
        return model.entities().stream()
                .filter(picked)
                .map(entity -> JavaSources.generated(
                        entity.generatedClass(), entity.schemaFile(), emit(entity, begin.apply(entity))))
                .toList();
    }

    /**
     * Adds the mapping to {@code type}, which already has its name, modifiers and Javadoc. Entities are
     * {@link Serializable}, as Jakarta Persistence recommends, so that they can be kept in an HTTP session or a
     * cache; a collection that was not loaded before serialization cannot be loaded after it.
     */
    private TypeSpec emit(EntityModel entity, TypeSpec.Builder type) {
        type.addSuperinterface(Serializable.class).addField(JavaSources.serialVersionUid());
        for (MemberEmitter emitter : memberEmitters) {
            emitter.emit(entity, type);
        }
        return type.build();
    }
}
