package io.github.schema2jpa.resolve;

import java.util.List;

/**
 * Everything the emitters need, decided: Java names and types, relationship pairs and their owning sides. Emitters
 * make no decisions of their own beyond how to write these down.
 *
 * @param entities the entities, in schema order
 * @param enums the enum types of enum columns
 */
public record GenerationModel(List<EntityModel> entities, List<EnumModel> enums) {

    public GenerationModel {
        entities = List.copyOf(entities);
        enums = List.copyOf(enums);
    }

    /** Qualified names of the entity classes, in schema order. */
    public List<String> entityClassNames() {
        return entities.stream().map(entity -> entity.className().canonicalName()).toList();
    }
}
