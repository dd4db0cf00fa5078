package io.github.schema2jpa;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.EnumModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.Resolver;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.SchemaLoader;
import io.github.schema2jpa.schema.SourceFiles;
import io.github.schema2jpa.validate.NamespaceRules;
import io.github.schema2jpa.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The pipeline up to the generation model: load every schema, validate and link it, resolve it, and check the
 * namespace of everything it would generate (files, classes, members). Every diagnostic of every file is collected; the model
 * exists only when there are no errors, so nothing is written otherwise.
 *
 * @param schemas the linked schemas, each valid (empty when there are errors)
 * @param model the generation model, when there are no errors
 * @param diagnostics everything reported, in file and line order
 */
record Compilation(List<LinkedSchema> schemas, Optional<GenerationModel> model, List<Diagnostic> diagnostics) {

    /** The pipeline for writing nothing (validation, diagrams): a schema without a package is no error. */
    static Compilation check(List<Path> schemaFiles, NamingStrategy naming) {
        return run(schemaFiles, Optional.empty(), GeneratorOptions.defaults(), naming, false);
    }

    static Compilation run(List<Path> schemaFiles, Optional<String> packageOverride, GeneratorOptions options,
            NamingStrategy naming) {
        return run(schemaFiles, packageOverride, options, naming, true);
    }

    private static Compilation run(List<Path> schemaFiles, Optional<String> packageOverride,
            GeneratorOptions options, NamingStrategy naming, boolean packageRequired) {
        SourceFiles sources = new SourceFiles();
        Diagnostics diagnostics = new Diagnostics(sources);
        SchemaLoader loader = new SchemaLoader(sources);
        SchemaValidator validator = new SchemaValidator();
        List<LinkedSchema> linked = new ArrayList<>();
        for (Path file : schemaFiles) {
            loader.load(file, diagnostics).ifPresent(schema ->
                    linked.add(validator.validate(new SchemaIndex(schema, naming), diagnostics)));
        }
        if (diagnostics.hasErrors()) {
            return new Compilation(List.of(), Optional.empty(), diagnostics.all());
        }
        Resolver resolver = new Resolver(naming, options, packageRequired);
        List<NamespaceRules.Resolved> resolved = new ArrayList<>();
        for (LinkedSchema schema : linked) {
            resolved.add(new NamespaceRules.Resolved(schema.index(), resolver.resolve(schema, packageOverride,
                    diagnostics)));
        }
        if (diagnostics.hasErrors()) {
            return new Compilation(List.of(), Optional.empty(), diagnostics.all());
        }
        new NamespaceRules(naming, options.repositories()).check(resolved, diagnostics);
        if (diagnostics.hasErrors()) {
            return new Compilation(List.of(), Optional.empty(), diagnostics.all());
        }
        List<EntityModel> entities = new ArrayList<>();
        Map<ClassName, EnumModel> enums = new LinkedHashMap<>();
        for (NamespaceRules.Resolved file : resolved) {
            entities.addAll(file.model().entities());
            file.model().enums().forEach(enumModel -> enums.putIfAbsent(enumModel.className(), enumModel));
        }
        GenerationModel model = new GenerationModel(entities, List.copyOf(enums.values()));
        return new Compilation(List.copyOf(linked), Optional.of(model), diagnostics.all());
    }
}
