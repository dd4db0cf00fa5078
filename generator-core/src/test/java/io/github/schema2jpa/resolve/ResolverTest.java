package io.github.schema2jpa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.InlineSchema;
import io.github.schema2jpa.link.SmallSchemas;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.SourceFiles;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What the resolver makes of a linked schema written inline: entities, their properties and identifiers. */
class ResolverTest {

    private final Diagnostics diagnostics = new Diagnostics(new SourceFiles());

    private GenerationModel resolve(String tables) {
        InlineSchema linked = InlineSchema.of(tables);
        assertThat(linked.messages()).isEmpty();
        return new Resolver(NamingStrategy.standard(), GeneratorOptions.defaults())
                .resolve(linked.schema(), Optional.empty(), diagnostics);
    }

    /** Resolves a schema that links, and that this generator can generate. */
    private GenerationModel generable(String tables) {
        GenerationModel model = resolve(tables);
        assertThat(diagnostics.all()).isEmpty();
        return model;
    }

    private static EntityModel entity(GenerationModel model, String simpleName) {
        return model.entities().stream()
                .filter(entity -> entity.className().simpleName().equals(simpleName))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no entity " + simpleName));
    }

    private static List<String> columns(EntityModel entity) {
        return entity.columns().stream().map(ColumnProperty::columnName).toList();
    }

    private static RelationshipProperty relationship(EntityModel entity, String property) {
        return entity.relationships().stream()
                .filter(relationship -> relationship.names().property().equals(property))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no relationship " + property));
    }

    @Test
    void aPairBecomesTwoPropertiesThatNameEachOtherAndTheKeyColumnIsNoBasicProperty() {
        GenerationModel model = generable(SmallSchemas.PACKAGE_RELEASES);
        EntityModel release = entity(model, "Release");
        assertThat(columns(release)).containsExactly("id");
        RelationshipProperty pkg = relationship(release, "package");
        assertThat(pkg.kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(pkg.target()).isEqualTo(ClassName.get("org.example.inline", "Package"));
        assertThat(pkg.partner().orElseThrow().names().property()).isEqualTo("releases");
        RelationshipProperty releases = relationship(entity(model, "Package"), "releases");
        assertThat(releases.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
        assertThat(releases.partner().orElseThrow().names().property()).isEqualTo("package");
    }

    @Test
    void aSharedPrimaryKeyStaysTheIdentifierAndIsNotGenerated() {
        GenerationModel model = generable(SmallSchemas.USER_PROFILE);
        EntityModel profile = entity(model, "Profile");
        assertThat(profile.identifier()).isInstanceOf(Identifier.Single.class);
        ColumnProperty id = ((Identifier.Single) profile.identifier()).property();
        assertThat(id.columnName()).isEqualTo("user_id");
        assertThat(id.generation()).isEmpty();
        assertThat(relationship(profile, "user").kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
    }

    @Test
    void aForeignKeyInACompositeKeyIsAPartOfTheIdClass() {
        GenerationModel model = generable(SmallSchemas.ORDER_LINES);
        EntityModel line = entity(model, "OrderLine");
        assertThat(columns(line)).containsExactly("line_no");
        Identifier.Composite key = (Identifier.Composite) line.identifier();
        assertThat(key.idClass().simpleName()).isEqualTo("OrderLineId");
        assertThat(key.parts()).extracting(part -> part.names().property()).containsExactly("orderId", "lineNo");
    }

    @Test
    void anAssociationTableIsNoEntityAndAOneDirectionalKeyIsNoProperty() {
        GenerationModel model = generable(SmallSchemas.POSTS_TAGS_COMMENTS);
        assertThat(model.entities()).extracting(entity -> entity.className().simpleName())
                .containsExactly("Post", "Tag", "Comment");
        assertThat(columns(entity(model, "Comment"))).containsExactly("id");
        assertThat(relationship(entity(model, "Post"), "tags").kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
    }

    @Test
    void aSelfReferentialManyToManyIsReportedAsNotGeneratedYet() {
        resolve("""
                people:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships: { friends: { target: Person, secondary: friendships } }
                friendships:
                  primary_key: [a_id, b_id]
                  columns: { a_id: { type: integer, foreign_key: people.id }, b_id: { type: integer, foreign_key: people.id } }
                """);
        assertThat(diagnostics.all()).extracting(Diagnostic::message).containsExactly(
                "self-referential many-to-many relationships are not generated by this version of schema2jpa yet");
    }
}
