package io.github.schema2jpa;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.EnumModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.Resolver;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.SchemaLoader;
import io.github.schema2jpa.schema.SourceFiles;
import io.github.schema2jpa.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline up to the generation model: load every schema, validate it, and resolve it. Every diagnostic of
 * every file is collected; the model exists only when there are no errors.
 *
 * @param schemas the loaded and valid schemas (empty when there are errors)
 * @param model the generation model, when there are no errors
 * @param diagnostics everything reported, in file and line order
 */
record Compilation(List<SchemaIndex> schemas, Optional<GenerationModel> model, List<Diagnostic> diagnostics) {

    static Compilation run(List<Path> schemaFiles, Optional<String> packageOverride, GeneratorOptions options,
            NamingStrategy naming) {
        SourceFiles sources = new SourceFiles();
        Diagnostics diagnostics = new Diagnostics(sources::lines);
        SchemaLoader loader = new SchemaLoader(sources);
        SchemaValidator validator = new SchemaValidator();
        List<SchemaIndex> indexes = new ArrayList<>();
        for (Path file : schemaFiles) {
            loader.load(file, diagnostics).ifPresent(schema -> {
                SchemaIndex index = new SchemaIndex(schema, naming);
                validator.validate(index, diagnostics);
                indexes.add(index);
            });
        }
        if (diagnostics.hasErrors()) {
            return new Compilation(List.of(), Optional.empty(), diagnostics.all());
        }
        Resolver resolver = new Resolver(naming, options);
        List<EntityModel> entities = new ArrayList<>();
        List<EnumModel> enums = new ArrayList<>();
        Map<String, String> classOwners = new HashMap<>();
        for (SchemaIndex index : indexes) {
            GenerationModel model = resolver.resolve(index, packageOverride, diagnostics);
            for (EntityModel entity : model.entities()) {
                String owner = classOwners.putIfAbsent(entity.className().canonicalName(), index.schema().file());
                if (owner != null) {
                    diagnostics.error(index.schema().table(entity.tableName()).orElseThrow().location(),
                            "entity " + entity.className().canonicalName() + " is also generated from " + owner);
                }
            }
            entities.addAll(model.entities());
            enums.addAll(model.enums());
        }
        if (diagnostics.hasErrors()) {
            return new Compilation(List.of(), Optional.empty(), diagnostics.all());
        }
        return new Compilation(List.copyOf(indexes), Optional.of(new GenerationModel(entities, enums)), diagnostics.all());
    }
}
