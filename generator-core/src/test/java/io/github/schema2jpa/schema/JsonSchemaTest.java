package io.github.schema2jpa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * The JSON Schema that editors complete schemas with, {@code docs/schema2jpa.schema.json}, stays true to the language:
 * every valid schema of the repository passes it, its properties are the key lists the readers accept, its fixed
 * words are the keywords', and a misspelt key fails it.
 */
class JsonSchemaTest {

    private static final Path REPOSITORY = Path.of(System.getProperty("schema2jpa.repository", "..")).normalize();
    private static final Path JSON_SCHEMA = REPOSITORY.resolve("docs/schema2jpa.schema.json");

    static List<Path> validSchemas() {
        List<Path> schemas = new ArrayList<>(yamlFiles(REPOSITORY.resolve("schemas")));
        schemas.addAll(yamlFiles(REPOSITORY.resolve("generator-core/src/test/resources/valid")));
        return schemas;
    }

    @ParameterizedTest
    @MethodSource("validSchemas")
    void everyValidSchemaOfTheRepositoryPassesIt(Path schema) throws IOException {
        assertThat(errors(Files.readString(schema))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "tables: { t: { columns: { id: { type: integer, primary_key: true, nulable: false } } } }",
        "tables: { t: { colums: { id: integer } } }",
        "tables: { t: { columns: { id: { type: integr } } } }",
        "tables: { t: { columns: { id: integer }, relationships: { r: { target: T, lazy: eager } } } }",
        "tables: { t: { columns: { id: integer }, relationships: { r: { target: T, cascade: 'all, delete_orphan' } } } }",
        "tables: { t: { columns: { id: { type: integer, foreign_key: { references: u.id, ondelete: nothing } } } } }",
        "defaults: { id_generation: auto }\ntables: { t: { columns: { id: integer } } }",
    })
    void aMisspeltKeyOrWordFailsIt(String body) {
        assertThat(errors("schema2jpa: 1\n" + body)).isNotEmpty();
        assertThat(errors("schema2jpa: 1\ntables: { t: { columns: { id: { type: integer, primary_key: true } } } }"))
                .isEmpty();
    }

    @Test
    void itsPropertiesAreTheKeysTheReadersAccept() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(JSON_SCHEMA));
        JsonNode definitions = root.get("definitions");
        assertThat(names(root.get("properties"))).isEqualTo(keys(SchemaReader.class, "TOP_KEYS"));
        assertThat(names(root.at("/properties/defaults/properties"))).isEqualTo(keys(SchemaReader.class, "DEFAULTS_KEYS"));
        assertThat(names(definitions.at("/table/properties"))).isEqualTo(keys(SchemaReader.class, "TABLE_KEYS"));
        assertThat(names(definitions.at("/column/anyOf/1/properties"))).isEqualTo(keys(ColumnReader.class, "COLUMN_KEYS"));
        assertThat(names(definitions.at("/sequence/properties"))).isEqualTo(keys(ColumnReader.class, "SEQUENCE_KEYS"));
        assertThat(names(definitions.at("/foreignKey/properties")))
                .isEqualTo(keys(ColumnReader.class, "FOREIGN_KEY_KEYS"));
        assertThat(names(definitions.at("/relationship/properties")))
                .isEqualTo(keys(RelationshipReader.class, "RELATIONSHIP_KEYS"));
    }

    @Test
    void itsFixedWordsAreTheKeywords() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(JSON_SCHEMA));
        JsonNode definitions = root.get("definitions");
        assertThat(words(definitions.at("/column/anyOf/0/enum"))).isEqualTo(Keyword.words(ColumnType.class));
        assertThat(words(definitions.at("/column/anyOf/1/properties/type/enum")))
                .isEqualTo(Keyword.words(ColumnType.class));
        assertThat(words(definitions.at("/column/anyOf/1/properties/generation/enum")))
                .isEqualTo(Keyword.words(IdGeneration.class));
        assertThat(words(root.at("/properties/defaults/properties/id_generation/enum")))
                .isEqualTo(Keyword.words(IdGeneration.class));
        assertThat(words(definitions.at("/foreignKey/properties/ondelete/enum")))
                .isEqualTo(Keyword.words(ReferentialAction.class));
        assertThat(words(definitions.at("/relationship/properties/lazy/enum")))
                .isEqualTo(Keyword.words(LoadingStrategy.class));
        assertThat(words(definitions.at("/relationship/properties/kind/enum")))
                .isEqualTo(Keyword.words(RelationshipKind.class));
        assertThat(words(definitions.at("/relationship/properties/cascade/anyOf/1/items/enum")))
                .isEqualTo(Keyword.words(CascadeOption.class));
    }

    @Test
    void everyPropertyHasHoverText() throws Exception {
        JsonNode root = new ObjectMapper().readTree(Files.readString(JSON_SCHEMA));
        List<String> missing = new ArrayList<>();
        for (String at : List.of("/properties", "/definitions/table/properties", "/definitions/column/anyOf/1/properties",
                "/definitions/relationship/properties", "/definitions/foreignKey/properties",
                "/definitions/sequence/properties")) {
            root.at(at).properties().forEach(entry -> {
                if (!entry.getValue().has("description") || entry.getValue().get("description").asString().isBlank()) {
                    missing.add(at + "/" + entry.getKey());
                }
            });
        }
        assertThat(missing).isEmpty();
    }

    private static List<String> errors(String yaml) {
        try {
            Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
                    .getSchema(Files.readString(JSON_SCHEMA), InputFormat.JSON);
            return schema.validate(yaml, InputFormat.YAML).stream().map(Error::toString).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> names(JsonNode properties) {
        assertThat(properties.isObject()).as("an object of properties: %s", properties).isTrue();
        return properties.propertyNames().stream().toList();
    }

    private static List<String> words(JsonNode array) {
        assertThat(array.isArray()).as("an array of words: %s", array).isTrue();
        List<String> words = new ArrayList<>();
        array.forEach(word -> words.add(word.asString()));
        return words;
    }

    @SuppressWarnings("unchecked")
    private static List<String> keys(Class<?> reader, String field) throws ReflectiveOperationException {
        Field keys = reader.getDeclaredField(field);
        keys.setAccessible(true);
        return (List<String>) keys.get(null);
    }

    private static List<Path> yamlFiles(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
