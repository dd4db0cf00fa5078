package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.resolve.Identifier;
import io.github.schema2jpa.resolve.EnumModel;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.RelationshipProperty;
import io.github.schema2jpa.text.SchemaText;
import java.io.Serializable;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Writes the generation model as Java sources: one file per entity, one per enum, and the list view that pairs
 * need, once per package. Each concern of an entity is its own {@link MemberEmitter}; their order is the order of
 * members in the class.
 */
public final class EntitySourceEmitter {

    private final List<MemberEmitter> memberEmitters;
    private final EnumEmitter enumEmitter = new EnumEmitter();

    public EntitySourceEmitter(GeneratorOptions options, NamingStrategy naming) {
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

    /** The files, sorted by path so that output is the same on every run. */
    public List<GeneratedFile> emit(GenerationModel model) {
        List<GeneratedFile> files = new ArrayList<>();
        Map<String, String> listViewPackages = new TreeMap<>();
        Map<String, String> setViewPackages = new TreeMap<>();
        for (EntityModel entity : model.entities()) {
            files.add(file(entity.generatedClass(), entity.schemaFile(), entityType(entity)));
            if (entity.customizable()) {
                files.add(userFile(entity));
            }
            if (entity.identifier() instanceof Identifier.Composite key) {
                files.add(file(key.idClass(), entity.schemaFile(), IdClassEmitter.keyClass(entity, key)));
            }
            for (RelationshipProperty relationship : entity.relationships()) {
                if (relationship.isCollection() && relationship.partner().isPresent()) {
                    (relationship.isManyToMany() ? setViewPackages : listViewPackages)
                            .putIfAbsent(entity.className().packageName(), entity.schemaFile());
                }
            }
        }
        for (EnumModel enumModel : model.enums()) {
            files.add(file(enumModel.className(), enumModel.schemaFile(), enumEmitter.emit(enumModel)));
        }
        listViewPackages.forEach((packageName, schemaFile) -> files.add(file(
                CollectionViewEmitter.listView(packageName), schemaFile, CollectionViewEmitter.listViewSpec())));
        setViewPackages.forEach((packageName, schemaFile) -> files.add(file(
                CollectionViewEmitter.setView(packageName), schemaFile, CollectionViewEmitter.setViewSpec())));
        files.sort(Comparator.comparing(file -> file.path().toString().replace('\\', '/')));
        return List.copyOf(files);
    }

    private TypeSpec entityType(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.generatedClass()).addModifiers(Modifier.PUBLIC);
        if (entity.customizable()) {
            type.addModifiers(Modifier.ABSTRACT)
                    .addJavadoc("The mapping of table {@code $L} for {@link $T}, which extends this class and is yours\n"
                            + "to edit.\n", SchemaText.javadoc(entity.tableName()), entity.className());
        } else {
            entity.doc().ifPresent(doc -> type.addJavadoc("$L\n\n<p>", doc));
            type.addJavadoc("Maps table {@code $L}.\n", SchemaText.javadoc(entity.tableName()));
        }
        serializable(type);
        for (MemberEmitter emitter : memberEmitters) {
            emitter.emit(entity, type);
        }
        return type.build();
    }

    /**
     * The entity class of a customizable table: created once for the user, who adds methods to it; the mapping
     * stays in the generated base class. Only {@code @Table} is here, as Jakarta Persistence puts it on the entity.
     */
    private static GeneratedFile userFile(EntityModel entity) {
        TypeSpec.Builder type = TypeSpec.classBuilder(entity.className())
                .addModifiers(Modifier.PUBLIC)
                .superclass(entity.generatedClass())
                .addAnnotation(Types.ENTITY)
                .addAnnotation(TableAnnotationEmitter.table(entity));
        entity.doc().ifPresent(doc -> type.addJavadoc("$L\n\n<p>", doc));
        type.addJavadoc("The mapping is generated into {@link $T}; add your own methods here.\n",
                entity.generatedClass());
        type.addField(serialVersionUid());
        CodeBlock comment = CodeBlock.of("Created by schema2jpa from $L, once: this file is yours, and schema2jpa"
                + " never writes it again.", SchemaText.lineComment(entity.schemaFile()));
        return new GeneratedFile(path(entity.className()), source(entity.className(), type.build(), comment),
                GeneratedFile.Owner.USER);
    }

    /**
     * Entities are {@link Serializable}, as Jakarta Persistence recommends, so that they can be kept in an HTTP
     * session or a cache; a collection that was not loaded before serialization cannot be loaded after it.
     */
    private static void serializable(TypeSpec.Builder type) {
        type.addSuperinterface(Serializable.class).addField(serialVersionUid());
    }

    private static FieldSpec serialVersionUid() {
        return FieldSpec.builder(long.class, "serialVersionUID", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                .initializer("1L")
                .build();
    }

    private static GeneratedFile file(ClassName className, String schemaFile, TypeSpec type) {
        CodeBlock comment = CodeBlock.of("$L$L. Do not edit: changes are lost when it runs again.",
                GeneratedFile.GENERATED_HEADER.substring("// ".length()), SchemaText.lineComment(schemaFile));
        return new GeneratedFile(path(className), source(className, type, comment));
    }

    /** The text of one source file: the comment on top, imports, four-space indentation, compact annotations. */
    private static String source(ClassName className, TypeSpec type, CodeBlock comment) {
        JavaFile javaFile = JavaFile.builder(className.packageName(), type)
                .addFileComment("$L", comment)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
        return AnnotationLayout.compact(javaFile.toString());
    }

    private static Path path(ClassName className) {
        return Path.of(className.packageName().replace('.', '/'), className.simpleName() + ".java");
    }
}
