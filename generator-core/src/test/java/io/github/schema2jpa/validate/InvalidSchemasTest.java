package io.github.schema2jpa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every rule of the schema language, each with its own invalid schema under {@code src/test/resources/invalid}:
 * every diagnostic of the file, with its exact line, column and message, in order, and nothing written. The
 * expected diagnostics are listed below, or, for schemas in folders under {@code invalid}, in a file beside the
 * schema.
 */
class InvalidSchemasTest {

    private static final Path INVALID = Path.of("src/test/resources/invalid");

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("billion-laughs.yaml", List.of(
                        "4:29: error: too many aliases: this is alias number 17, and a schema may use at most 16")),
                Arguments.of("binary-tag.yaml", List.of(
                        "5:10: error: tag 'tag:yaml.org,2002:binary' is not allowed in a schema")),
                Arguments.of("custom-tag.yaml", List.of(
                        "2:10: error: invalid YAML: Global tag is not allowed: tag:yaml.org,2002:python/object:os.system")),
                Arguments.of("deep-nesting.yaml", List.of(
                        "2:40: error: lists and mappings are nested more than 32 deep here; a schema needs about six levels")),
                Arguments.of("duplicate-keys.yaml", List.of(
                        "8:7: error: duplicate key 'summary' in table 'packages' (first given at line 7)")),
                Arguments.of("empty.yaml", List.of(
                        "1:1: error: schema file is empty")),
                Arguments.of("foreign-key-inference.yaml", List.of(
                        "8:7: error: no foreign key links table 'users' and table 'tags': add a foreign_key column to one of them",
                        "18:7: error: several foreign keys link table 'messages' and table 'users' (sender_id, recipient_id): choose one with foreign_key",
                        "19:47: error: 'recipient_idd' is not a foreign key between table 'messages' and table 'users'; did you mean 'recipient_id'?",
                        "25:7: error: relationship 'parent' links table 'categories' to itself: give its kind (many_to_one or one_to_many)")),
                Arguments.of("foreign-keys.yaml", List.of(
                        "11:48: error: foreign key references unknown table 'package'; did you mean 'packages'?",
                        "12:46: error: foreign key references unknown column 'idd' of table 'packages'; did you mean 'id'?",
                        "13:49: error: foreign key references packages.summary, which is neither the primary key nor unique: give packages.summary unique: true, or reference the primary key of table 'packages'",
                        "14:25: error: foreign key column 'typed_id' is integer but packages.id is string",
                        "15:44: error: a foreign key is written 'table.column', not 'packages'")),
                Arguments.of("invisible-names.yaml", List.of(
                        "2:10: error: package 'org.example.in\\u200Bvisible' holds U+200B ZERO WIDTH SPACE, an invisible "
                                + "character; write 'org.example.invisible' instead",
                        "5:13: error: entity name 'Pack\\u00ADage' holds U+00AD SOFT HYPHEN, an invisible character; "
                                + "write 'Package' instead",
                        "8:38: error: enum value 'DRAFT\\u2060' holds U+2060 WORD JOINER, an invisible character; write "
                                + "'DRAFT' instead",
                        "8:76: error: enum_name 'Sta\\u202Etus' holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible "
                                + "character; write 'Status' instead",
                        "9:43: error: java_name 'sum\\uFEFFmary' holds U+FEFF ZERO WIDTH NO-BREAK SPACE, an invisible "
                                + "character; write 'summary' instead",
                        "11:7: error: relationship name 'rele\\u200Bases' holds U+200B ZERO WIDTH SPACE, an invisible "
                                + "character; write 'releases' instead",
                        "11:79: error: singular 'rel\\u034Fease' holds U+034F COMBINING GRAPHEME JOINER, an invisible "
                                + "character; write 'release' instead",
                        "17:88: error: java_name 'pack\\u2066age' holds U+2066 LEFT-TO-RIGHT ISOLATE, an invisible "
                                + "character; write 'package' instead")),
                Arguments.of("relationship-keys.yaml", List.of(
                        "9:66: error: uselist: false through a secondary table (a scalar many-to-many) is not generated:"
                                + " JPA's @ManyToMany is a collection; drop uselist, or give table 'package_owners' a unique"
                                + " foreign key to table 'packages' and map it as an entity",
                        "10:7: error: passive_deletes leaves deleting 'keepers' to the database, but the foreign key of"
                                + " secondary table 'package_owners' to table 'packages' (package_id) has no ondelete",
                        "11:51: error: single_parent applies to the side with the foreign key (many_to_one, or the key"
                                + " side of a one_to_one), but 'releases' is one_to_many")),
                Arguments.of("java-names.yaml", List.of(
                        "9:7: error: column 'createdDate' and column 'created_date' both map to the Java name 'createdDate': give one of them a java_name",
                        "10:7: error: column '2fa_secret' cannot become a Java name ('2faSecret'): give it a java_name",
                        "10:7: error: column name '2fa_secret' starts with '2': an SQL name starts with a letter or '_';"
                                + " write '_2fa_secret' instead",
                        "11:45: error: column 'home_page' cannot become a Java name ('home-page')",
                        "12:3: error: tables 'packages' and 'package' both map to entity 'Package': give one of them another 'entity' name",
                        "16:13: error: entity name 'Release File' is not a Java identifier")),
                Arguments.of("sequences.yaml", List.of(
                        "6:67: error: 'sequence' applies to a primary key that a sequence generates; add 'generation: sequence' to column 'id'",
                        "7:30: error: 'sequence' applies to a primary key that a sequence generates; add 'generation: sequence' to column 'title'",
                        "10:86: error: sequence name 'entries seq' is not an SQL name: letters, digits, '_' and '$', not starting with a digit, at most 63 characters",
                        "10:112: error: a sequence's increment is at least 1",
                        "10:122: error: a sequence's start is at least 1",
                        "10:125: error: unknown key 'cache' in sequence of column 'id'")),
                Arguments.of("keys-and-defaults.yaml", List.of(
                        "6:61: error: 'autoincrement' needs an integer, bigint or smallint key, not string",
                        "6:77: error: a primary key column is never nullable",
                        "7:44: error: 'generation' applies to primary key columns",
                        "8:39: error: default 'now' applies to date and time columns, not integer",
                        "9:40: error: default 'many' is not a valid integer value",
                        "11:39: error: default 'yes' is not a valid boolean value",
                        "15:56: error: 'identity' generation needs an integer, bigint or smallint key, not uuid",
                        "16:42: error: a version column must be integer, bigint or smallint, not string",
                        "17:66: error: a version column takes no server_default: Hibernate writes its value on every"
                                + " insert and update; remove the server_default (the first version is 0)")),
                Arguments.of("keyword-values.yaml", List.of(
                        "4:18: error: unknown id generation 'identiy'; did you mean 'identity'?",
                        "11:67: error: unknown loading strategy 'selectn'; did you mean 'select'?",
                        "11:85: error: unknown cascade 'delete-orfan'; did you mean 'delete-orphan'?",
                        "15:85: error: unknown referential action 'casade'; did you mean 'cascade'?",
                        "17:67: error: unknown relationship kind 'many-to-one'; did you mean 'many_to_one'?")),
                Arguments.of("many-to-many-shapes.yaml", List.of(
                        "9:77: error: delete cascades do not apply to many-to-many relationships: they would delete the"
                                + " linked entities, not the links; removing from the set removes the link",
                        "10:39: error: secondary table 'package_tags' has columns besides its foreign keys (added_at):"
                                + " map it as an entity with two many-to-one relationships instead")),
                Arguments.of("not-generated.yaml", List.of(
                        "12:7: error: self-referential many-to-many relationships are not generated by this version of"
                                + " schema2jpa yet",
                        "18:3: error: the primary key of table 'licenses' is a foreign key that a many-to-one relationship"
                                + " maps; make the relationship one-to-one to share the key (kind: one_to_one, or"
                                + " uselist: false on the other side)",
                        "30:18: error: key column 'shelf_id' of table 'slots' is a foreign key that only the other"
                                + " table's relationship maps; give table 'slots' the many-to-one for it, paired with"
                                + " back_populates")),
                Arguments.of("missing-version.yaml", List.of(
                        "1:1: error: missing format version: a schema starts with 'schema2jpa: 1'")),
                Arguments.of("non-finite-defaults.yaml", List.of(
                        "7:40: error: default 'NaN' is not a valid decimal value: a decimal (BigDecimal) has no NaN or "
                                + "infinity; make the column float or double",
                        "8:46: error: default '-Infinity' is not a valid decimal value: a decimal (BigDecimal) has no "
                                + "NaN or infinity; make the column float or double",
                        "9:38: error: default '1e40' is too large for a float column; write Infinity if that is what it "
                                + "means",
                        "10:40: error: default '1e400' is too large for a double column; write Infinity if that is what "
                                + "it means",
                        "11:38: error: default 'infinity' is not a valid double value; did you mean 'Infinity'?")),
                Arguments.of("no-columns-no-key.yaml", List.of(
                        "4:3: error: table 'packages' has no columns",
                        "6:3: error: table 'releases' has no primary key: mark a column 'primary_key: true' or list the columns in 'primary_key'")),
                Arguments.of("no-package.yaml", List.of(
                        "1:1: error: no Java package: give the schema a 'package', or pass one to the generator")),
                Arguments.of("not-a-mapping.yaml", List.of(
                        "1:1: error: a schema must be a mapping, not a list")),
                Arguments.of("pairs.yaml", List.of(
                        "10:52: error: 'Package.releases' names 'Release.package' in back_populates, but 'Release.package' does not name 'Package.releases' back",
                        "11:50: error: 'Package.latest' is many_to_one, so 'Release.previous' must be one_to_many, but it is many_to_one",
                        "17:51: error: 'Release.package' names 'Package.latest' in back_populates, but 'Package.latest' does not name 'Release.package' back",
                        "18:52: error: 'Release.previous' is many_to_one, so 'Package.latest' must be one_to_many, but it is many_to_one")),
                Arguments.of("relationship-shapes.yaml", List.of(
                        "9:72: error: order_by names unknown column 'majr_ver' of table 'releases'; did you mean 'major_ver'?",
                        "9:87: error: an order_by term is 'column', 'column asc' or 'column desc', not 'minor_ver upward'",
                        "17:72: error: order_by applies to collections, but 'package' is many_to_one",
                        "17:93: error: delete-orphan on the many_to_one side 'package' needs single_parent: true (the packages row then belongs to this one alone), or put delete-orphan on the other side")),
                Arguments.of("relationship-targets.yaml", List.of(
                        "9:27: error: relationship target 'Relase' is not an entity; did you mean 'Release'?",
                        "10:7: error: relationship 'latest' has no target",
                        "16:51: error: entity 'Package' has no relationship 'relases'; did you mean 'releases'?")),
                Arguments.of("scalar-aliases.yaml", List.of(
                        "24:33: error: too many aliases: this is alias number 17, and a schema may use at most 16")),
                Arguments.of("secondary.yaml", List.of(
                        "9:47: error: secondary table 'package_maintainer' does not exist; did you mean 'package_maintainers'?",
                        "10:42: error: secondary table 'package_owners' has no foreign key to table 'users'")),
                Arguments.of("sql-names.yaml", List.of(
                        "4:3: error: entity name 'X\" (id integer not null, primary key (id)); drop table important "
                                + "cascade; create table \"y' is not a Java identifier: give the table an 'entity' name",
                        "4:3: error: table name 'x\" (id integer not null, primary key (id)); drop table important "
                                + "cascade; create table \"y' holds '\"': an SQL name holds only letters, digits, '_' and '$'; "
                                + "rename it",
                        "7:3: error: table name 'soft\\u00ADhyphen' holds U+00AD SOFT HYPHEN, an invisible character; "
                                + "write 'softhyphen' instead",
                        "13:7: error: column 'build ver' cannot become a Java name ('build ver'): give it a java_name",
                        "13:7: error: column name 'build ver' holds ' ': an SQL name holds only letters, digits, '_' and "
                                + "'$'; write 'build_ver' instead",
                        "14:7: error: column name 'major_ver\\u202E' holds U+202E RIGHT-TO-LEFT OVERRIDE, an invisible "
                                + "character; write 'major_ver' instead",
                        "15:7: error: column name '$cost' starts with '$': an SQL name starts with a letter or '_'; "
                                + "write '_$cost' instead",
                        "16:7: error: column name 'a_column_name_that_is_one_byte_longer_than_what_postgresql_keeps' is "
                                + "64 bytes long: an SQL name is at most 63 bytes (PostgreSQL's limit); shorten it",
                        "18:7: error: column 'GRÖSSE' of table 'releases' has the name of column 'größe' of table "
                                + "'releases' (line 17), and the database ignores the case of unquoted names: rename one of them",
                        "20:7: error: index name 'ix-releases-cost' holds '-': an SQL name holds only letters, digits, "
                                + "'_' and '$'; write 'ix_releases_cost' instead",
                        "21:3: error: tables 'releases' and 'Releases' both map to entity 'Release': give one of them "
                                + "another 'entity' name",
                        "21:3: error: table 'Releases' has the name of table 'releases' (line 10), and the database "
                                + "ignores the case of unquoted names: rename one of them",
                        "31:7: error: index 'ix_ix_a_b_c' of column 'b_c' of table 'ix_a' has the name of index "
                                + "'ix_ix_a_b_c' of column 'c' of table 'ix_a_b' (line 27), and the database ignores the case of "
                                + "unquoted names: rename one of them")),
                Arguments.of("type-options.yaml", List.of(
                        "6:55: error: 'length' applies to string and binary columns, not integer",
                        "7:43: error: 'precision' applies to decimal columns, not string",
                        "8:52: error: scale 6 is larger than precision 4",
                        "9:23: error: enum column 'status' has no values",
                        "10:38: error: 'values' applies to enum columns, not string",
                        "11:43: error: enum value '1closed' cannot become a Java enum constant")),
                Arguments.of("unknown-keys.yaml", List.of(
                        "2:1: error: unknown key 'packge' at the top level; did you mean 'package'?",
                        "5:5: error: unknown key 'entitty' in table 'packages'; did you mean 'entity'?",
                        "8:32: error: unknown key 'nulable' in column 'summary'; did you mean 'nullable'?",
                        "10:7: error: no foreign key links table 'packages' and table 'releases': add a foreign_key column to one of them",
                        "10:36: error: unknown key 'back_populate' in relationship 'releases'; did you mean 'back_populates'?",
                        "14:48: error: foreign_key of column 'package_id' has no 'references: table.column'",
                        "14:50: error: unknown key 'refrences' in foreign_key of column 'package_id'; did you mean 'references'?")),
                Arguments.of("unknown-type.yaml", List.of(
                        "6:19: error: unknown type 'strng'; did you mean 'string'?",
                        "7:7: error: column 'summary' has no type",
                        "8:13: error: unknown type 'numbr'; expected one of string, text, integer, bigint, smallint, boolean, float, double, decimal, date, time, datetime, timestamptz, uuid, binary, enum")),
                Arguments.of("unsupported-version.yaml", List.of(
                        "1:13: error: unsupported format version 2; this generator reads version 1")),
                Arguments.of("wrong-value-kinds.yaml", List.of(
                        "4:3: error: table 'packages' has no primary key: mark a column 'primary_key: true' or list the columns in 'primary_key'",
                        "6:40: error: 'primary_key' in column 'id' must be true or false, not a string",
                        "7:40: error: 'length' in column 'summary' must be a whole number of at least 0, not a string",
                        "8:13: error: column 'tags' must be a mapping, not a list",
                        "9:20: error: 'relationships' must be a mapping, not a string")),
                Arguments.of("yaml-syntax.yaml", List.of(
                        "5:1: error: invalid YAML: expected ',' or '}', but got <stream end> (while parsing a flow mapping)")));
    }

    /**
     * Invalid schemas in folders under {@code invalid}, each with its expected diagnostics beside it: {@code x.yaml}
     * and {@code x.errors}, one diagnostic a line, without the file name.
     */
    static Stream<Arguments> casesWithErrorsBeside() throws IOException {
        try (Stream<Path> files = Files.walk(INVALID)) {
            List<Path> schemas = files.filter(file -> file.toString().endsWith(".yaml"))
                    .filter(file -> Files.exists(errorsOf(file)))
                    .sorted()
                    .toList();
            List<Arguments> cases = new ArrayList<>();
            for (Path schema : schemas) {
                cases.add(Arguments.of(INVALID.relativize(schema).toString().replace('\\', '/'),
                        Files.readAllLines(errorsOf(schema)).stream().filter(line -> !line.isBlank()).toList()));
            }
            return cases.stream();
        }
    }

    private static Path errorsOf(Path schema) {
        String name = schema.getFileName().toString();
        return schema.resolveSibling(name.substring(0, name.length() - ".yaml".length()) + ".errors");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("casesWithErrorsBeside")
    void reportsTheErrorsWrittenBesideTheSchema(String file, List<String> expected, @TempDir Path out)
            throws Exception {
        assertThat(expected).as("expected errors of " + file).isNotEmpty();
        reportsEveryProblemWithItsPosition(file, expected, out);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsEveryProblemWithItsPosition(String file, List<String> expected, @TempDir Path out) throws Exception {
        Path schema = INVALID.resolve(file);
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), out.resolve("gen")));

        List<String> headlines = result.diagnostics().stream().map(Diagnostic::headline).toList();
        String prefix = schema + ":";
        assertThat(headlines).allMatch(headline -> headline.startsWith(prefix));
        assertThat(headlines.stream().map(headline -> headline.substring(prefix.length())).toList())
                .containsExactlyElementsOf(expected);
        assertThat(result.hasErrors()).isTrue();
        assertThat(out.resolve("gen")).doesNotExist();
        try (Stream<Path> files = Files.list(out)) {
            assertThat(files).isEmpty();
        }
    }
}
