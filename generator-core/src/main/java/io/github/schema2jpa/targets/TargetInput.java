package io.github.schema2jpa.targets;

import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.GenerationModel;
import java.util.List;

/**
 * What every target generates from: the linked schemas and their Java model, with the choices of the request.
 *
 * @param schemas the linked schemas, each valid, in the order given
 * @param model the Java model of the schemas: names, types, relationship pairs
 * @param options choices about the generated code
 * @param naming the naming strategy of the run
 */
public record TargetInput(
        List<LinkedSchema> schemas, GenerationModel model, GeneratorOptions options, NamingStrategy naming) {

    public TargetInput {
        schemas = List.copyOf(schemas);
    }
}
