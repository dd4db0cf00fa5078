package io.github.schema2jpa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.validate.SchemaValidator;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A schema that uses every key of the language loads, without diagnostics, to the model it describes. */
class SchemaLoaderTest {

    private static final String FILE = "src/test/resources/valid/every-key.yaml";

    private SchemaFile schema;

    @BeforeEach
    void load() {
        SourceFiles sources = new SourceFiles();
        Diagnostics diagnostics = new Diagnostics(sources);
        schema = new SchemaLoader(sources).load(Path.of(FILE), diagnostics).orElseThrow();
        new SchemaValidator().validate(new SchemaIndex(schema, NamingStrategy.standard()), diagnostics);
        assertThat(diagnostics.all()).as(DiagnosticRenderer.plain().renderAll(diagnostics.all())).isEmpty();
    }

    private static SourceLocation at(int line, int column) {
        return new SourceLocation(FILE, line, column);
    }

    @Test
    void topLevelKeys() {
        assertThat(schema.packageName()).contains(new Located<>("org.example.everything", at(2, 10)));
        assertThat(schema.idGeneration()).isEqualTo(IdGeneration.SEQUENCE);
        assertThat(schema.tables()).extracting(Table::name).containsExactly("users", "packages", "maintainers");
    }

    @Test
    void tableKeys() {
        Table users = schema.table("users").orElseThrow();
        assertThat(users.location()).isEqualTo(at(6, 3));
        assertThat(users.entity()).contains(new Located<>("Account", at(7, 13)));
        assertThat(users.doc()).contains("Someone who maintains packages.");
        assertThat(users.customizable()).isTrue();
        assertThat(users.uniqueConstraints()).singleElement()
                .satisfies(unique -> assertThat(unique.value()).extracting(Located::value).containsExactly("email", "kind"));
        assertThat(users.indexes()).singleElement().satisfies(index -> {
            assertThat(index.name()).isEqualTo("ix_users_born_kind");
            assertThat(index.columns()).extracting(Located::value).containsExactly("born", "kind");
        });
        assertThat(users.columnNames()).containsExactly("id", "email", "balance", "kind", "born", "wakes", "seen", "token",
                "avatar", "active", "score", "ratio", "rank", "revision");
        assertThat(users.columns()).extracting(column -> column.type().orElseThrow().value()).containsExactly(
                ColumnType.BIGINT, ColumnType.STRING, ColumnType.DECIMAL, ColumnType.ENUM, ColumnType.DATE,
                ColumnType.TIME, ColumnType.TIMESTAMPTZ, ColumnType.UUID, ColumnType.BINARY, ColumnType.BOOLEAN,
                ColumnType.FLOAT, ColumnType.DOUBLE, ColumnType.SMALLINT, ColumnType.INTEGER);
        Table maintainers = schema.table("maintainers").orElseThrow();
        assertThat(maintainers.primaryKeyColumns()).containsExactly("user_id", "package_id");
    }

    @Test
    void columnKeys() {
        Table users = schema.table("users").orElseThrow();
        Column id = users.column("id").orElseThrow();
        assertThat(id.primaryKey()).isTrue();
        assertThat(id.isAutoincrement()).isTrue();
        Column email = users.column("email").orElseThrow();
        assertThat(email.length().map(Located::value)).contains(320);
        assertThat(email.nullable().map(Located::value)).contains(false);
        assertThat(email.unique()).isTrue();
        assertThat(email.index()).isTrue();
        assertThat(email.javaName().map(Located::value)).contains("mail");
        Column balance = users.column("balance").orElseThrow();
        assertThat(balance.precision().map(Located::value)).contains(10);
        assertThat(balance.scale().map(Located::value)).contains(2);
        assertThat(balance.defaultValue().map(Located::value))
                .contains(new ColumnDefault.DecimalValue(new java.math.BigDecimal("0.00"), "0.00"));
        assertThat(balance.serverDefault().map(Located::value)).contains("0");
        Column kind = users.column("kind").orElseThrow();
        assertThat(kind.values()).extracting(Located::value).containsExactly("PERSON", "BOT");
        assertThat(kind.enumName().map(Located::value)).contains("AccountKind");
        assertThat(users.column("seen").orElseThrow().defaultValue().map(Located::value))
                .contains(new ColumnDefault.Now());
        assertThat(users.column("token").orElseThrow().doc()).contains("A secret.");
        assertThat(users.column("revision").orElseThrow().isVersion()).isTrue();
        Table packages = schema.table("packages").orElseThrow();
        assertThat(packages.column("id").orElseThrow().generation().map(Located::value)).contains(IdGeneration.ASSIGNED);
        ForeignKeyRef owner = packages.column("owner_id").orElseThrow().foreignKey().orElseThrow();
        assertThat(owner.table()).isEqualTo("users");
        assertThat(owner.column()).isEqualTo("id");
        assertThat(owner.onDelete().map(Located::value)).contains(ReferentialAction.SET_NULL);
        assertThat(owner.onUpdate().map(Located::value)).contains(ReferentialAction.CASCADE);
        assertThat(schema.table("maintainers").orElseThrow().column("user_id").orElseThrow().foreignKey())
                .map(ForeignKeyRef::toString).contains("users.id");
    }

    @Test
    void relationshipKeys() {
        Relationship maintained = schema.table("users").orElseThrow().relationship("packages").orElseThrow();
        assertThat(maintained.target().value()).isEqualTo("Package");
        assertThat(maintained.secondary().map(Located::value)).contains("maintainers");
        assertThat(maintained.backPopulates().map(Located::value)).contains("maintainers");
        assertThat(maintained.lazy().map(Located::value)).contains(LoadingStrategy.SELECTIN);
        assertThat(maintained.cascade().map(Located::value)).contains(EnumSet.of(
                CascadeOption.SAVE_UPDATE, CascadeOption.MERGE, CascadeOption.REFRESH_EXPIRE, CascadeOption.EXPUNGE));
        assertThat(maintained.javaName().map(Located::value)).contains("maintained");
        assertThat(maintained.singular().map(Located::value)).contains("maintainedPackage");
        assertThat(maintained.doc()).contains("What this account maintains.");
        Relationship owner = schema.table("packages").orElseThrow().relationship("owner").orElseThrow();
        assertThat(owner.foreignKey().map(Located::value)).contains("owner_id");
        assertThat(owner.kind().map(Located::value)).contains(RelationshipKind.MANY_TO_ONE);
        assertThat(owner.lazy().map(Located::value)).contains(LoadingStrategy.JOINED);
        assertThat(owner.uselist().map(Located::value)).contains(true);
        assertThat(owner.passiveDeletes()).isFalse();
        assertThat(owner.backPopulates()).isEqualTo(Optional.empty());
    }

    @Test
    void orderByTermsAndCascadeStringsAreSplit() {
        SourceFiles sources = new SourceFiles();
        Diagnostics diagnostics = new Diagnostics(sources);
        SchemaFile pypi = new SchemaLoader(sources).load(Path.of("../schemas/pypi.yaml"), diagnostics).orElseThrow();
        Relationship releases = pypi.table("packages").orElseThrow().relationship("releases").orElseThrow();
        assertThat(releases.orderBy()).extracting(term -> term.column().value() + (term.descending() ? " desc" : ""))
                .containsExactly("major_ver desc", "minor_ver desc", "build_ver desc");
        assertThat(releases.cascade()).isEmpty();
        assertThat(diagnostics.all()).isEmpty();
        assertThat(List.of(releases.orderBy().get(1).column().location().line())).containsExactly(24);
    }
}
