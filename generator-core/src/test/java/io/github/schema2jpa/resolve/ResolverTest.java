package io.github.schema2jpa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.InlineSchema;
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
        GenerationModel model = resolve("""
                packages:
                  entity: Package
                  columns: { id: { type: string, primary_key: true } }
                  relationships:
                    releases: { target: Release, back_populates: package }
                releases:
                  columns:
                    id: { type: integer, primary_key: true }
                    package_id: { type: string, foreign_key: packages.id }
                  relationships:
                    package: { target: Package, back_populates: releases }
                """);
        assertThat(diagnostics.all()).isEmpty();
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
        GenerationModel model = resolve("""
                users:
                  columns: { id: { type: integer, primary_key: true, autoincrement: true } }
                  relationships:
                    profile: { target: Profile, back_populates: user, uselist: false }
                profiles:
                  columns:
                    user_id: { type: integer, primary_key: true, foreign_key: users.id }
                  relationships:
                    user: { target: User, back_populates: profile }
                """);
        assertThat(diagnostics.all()).isEmpty();
        EntityModel profile = entity(model, "Profile");
        assertThat(profile.identifier()).isInstanceOf(Identifier.Single.class);
        ColumnProperty id = ((Identifier.Single) profile.identifier()).property();
        assertThat(id.columnName()).isEqualTo("user_id");
        assertThat(id.generation()).isEmpty();
        assertThat(relationship(profile, "user").kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
    }

    @Test
    void aForeignKeyInACompositeKeyIsAPartOfTheIdClass() {
        GenerationModel model = resolve("""
                orders:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    lines: { target: OrderLine, back_populates: order }
                order_lines:
                  entity: OrderLine
                  primary_key: [order_id, line_no]
                  columns:
                    order_id: { type: integer, foreign_key: orders.id }
                    line_no: integer
                  relationships:
                    order: { target: Order, back_populates: lines }
                """);
        assertThat(diagnostics.all()).isEmpty();
        EntityModel line = entity(model, "OrderLine");
        assertThat(columns(line)).containsExactly("line_no");
        Identifier.Composite key = (Identifier.Composite) line.identifier();
        assertThat(key.idClass().simpleName()).isEqualTo("OrderLineId");
        assertThat(key.parts()).extracting(part -> part.names().property()).containsExactly("orderId", "lineNo");
    }

    @Test
    void anAssociationTableIsNoEntityAndAOneDirectionalKeyIsNoProperty() {
        GenerationModel model = resolve("""
                posts:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    tags: { target: Tag, secondary: post_tags }
                    comments: { target: Comment }
                post_tags:
                  columns:
                    post_id: { type: integer, primary_key: true, foreign_key: posts.id }
                    tag_id: { type: integer, primary_key: true, foreign_key: tags.id }
                tags:
                  columns: { id: { type: integer, primary_key: true } }
                comments:
                  columns:
                    id: { type: integer, primary_key: true }
                    post_id: { type: integer, foreign_key: posts.id }
                """);
        assertThat(diagnostics.all()).isEmpty();
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
                  relationships:
                    friends: { target: Person, secondary: friendships }
                friendships:
                  columns:
                    a_id: { type: integer, primary_key: true, foreign_key: people.id }
                    b_id: { type: integer, primary_key: true, foreign_key: people.id }
                """);
        assertThat(diagnostics.all()).extracting(Diagnostic::message).containsExactly(
                "self-referential many-to-many relationships are not generated by this version of schema2jpa yet");
    }
}
