package io.github.schema2jpa.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.schema.RelationshipKind;
import org.junit.jupiter.api.Test;

/** What the linker makes of a few lines of schema: the linked facts, and what it reports when it cannot link. */
class LinkerTest {

    @Test
    void aPairedOneToManyIsOwnedByTheSideWithTheForeignKey() {
        InlineSchema linked = InlineSchema.of("""
                packages:
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
        assertThat(linked.messages()).isEmpty();
        LinkedRelationship releases = linked.relationship("packages", "releases");
        LinkedRelationship pkg = linked.relationship("releases", "package");

        assertThat(linked.schema().partner(releases)).containsSame(pkg);
        assertThat(linked.schema().partner(pkg)).containsSame(releases);
        assertThat(releases.kind()).isEqualTo(RelationshipKind.ONE_TO_MANY);
        assertThat(pkg.kind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(releases.declaringTable().name()).isEqualTo("packages");
        assertThat(releases.target().name()).isEqualTo("releases");

        assertThat(pkg.holdsForeignKey()).isTrue();
        assertThat(pkg.owningSide()).isTrue();
        assertThat(releases.holdsForeignKey()).isFalse();
        assertThat(releases.owningSide()).isFalse();

        ForeignKey key = releases.foreignKey().orElseThrow();
        assertThat(key.table().name()).isEqualTo("releases");
        assertThat(key.column().name()).isEqualTo("package_id");
        assertThat(key.referencedTable().name()).isEqualTo("packages");
        assertThat(key.referencedColumn().name()).isEqualTo("id");
        assertThat(pkg.foreignKey()).isEqualTo(releases.foreignKey());
        assertThat(pkg.keyRole()).isEqualTo(KeyRole.PLAIN);

        assertThat(linked.table("releases").foreignKeys()).containsExactly(key);
        assertThat(linked.table("releases").keysMappedByRelationships()).containsExactly("package_id");
        assertThat(linked.table("releases").keysMappedFromOtherTables()).isEmpty();
    }

    @Test
    void aOneToOneWhoseKeyIsThePrimaryKeySharesIt() {
        InlineSchema linked = InlineSchema.of("""
                users:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    profile: { target: Profile, back_populates: user, uselist: false }
                profiles:
                  columns:
                    user_id: { type: integer, primary_key: true, foreign_key: users.id }
                  relationships:
                    user: { target: User, back_populates: profile }
                """);
        assertThat(linked.messages()).isEmpty();
        LinkedRelationship profile = linked.relationship("users", "profile");
        LinkedRelationship user = linked.relationship("profiles", "user");

        assertThat(profile.kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
        assertThat(profile.owningSide()).isFalse();
        // from the key alone SQLAlchemy sees a many-to-one; its partner's uselist: false makes it one-to-one
        assertThat(user.inferredKind()).isEqualTo(RelationshipKind.MANY_TO_ONE);
        assertThat(user.kind()).isEqualTo(RelationshipKind.ONE_TO_ONE);
        assertThat(user.owningSide()).isTrue();
        assertThat(user.keyRole()).isEqualTo(KeyRole.SHARED_PRIMARY_KEY);
        assertThat(profile.keyRole()).isEqualTo(KeyRole.PLAIN);
        assertThat(linked.table("profiles").sharedPrimaryKey()).contains("user_id");
        assertThat(linked.table("users").sharedPrimaryKey()).isEmpty();
    }

    @Test
    void aForeignKeyInACompositePrimaryKeyIsAKeyPart() {
        InlineSchema linked = InlineSchema.of("""
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
        assertThat(linked.messages()).isEmpty();
        assertThat(linked.relationship("order_lines", "order").keyRole()).isEqualTo(KeyRole.COMPOSITE_KEY_PART);
        assertThat(linked.relationship("orders", "lines").keyRole()).isEqualTo(KeyRole.PLAIN);
        assertThat(linked.table("order_lines").sharedPrimaryKey()).isEmpty();
    }

    @Test
    void aManyToManyPairIsOwnedByTheTableWrittenFirst() {
        InlineSchema linked = InlineSchema.of("""
                posts:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    tags: { target: Tag, secondary: post_tags, back_populates: posts }
                post_tags:
                  columns:
                    post_id: { type: integer, primary_key: true, foreign_key: posts.id }
                    tag_id: { type: integer, primary_key: true, foreign_key: tags.id }
                tags:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    posts: { target: Post, secondary: post_tags, back_populates: tags }
                """);
        assertThat(linked.messages()).isEmpty();
        LinkedRelationship tags = linked.relationship("posts", "tags");
        LinkedRelationship posts = linked.relationship("tags", "posts");

        assertThat(tags.kind()).isEqualTo(RelationshipKind.MANY_TO_MANY);
        assertThat(tags.foreignKey()).isEmpty();
        assertThat(tags.ownsJoinTable()).isTrue();
        assertThat(posts.ownsJoinTable()).isFalse();
        assertThat(linked.schema().partner(posts)).containsSame(tags);

        AssociationTable association = tags.associationTable().orElseThrow();
        assertThat(association.table().name()).isEqualTo("post_tags");
        assertThat(association.toDeclaringTable().name()).isEqualTo("post_id");
        assertThat(association.toTarget().name()).isEqualTo("tag_id");
        assertThat(posts.associationTable().orElseThrow().toDeclaringTable().name()).isEqualTo("tag_id");

        assertThat(linked.table("post_tags").association()).isTrue();
        assertThat(linked.schema().entityTables()).extracting(LinkedTable::name).containsExactly("posts", "tags");
    }

    @Test
    void aOneToManyWithoutPartnerOwnsTheKeyOfTheOtherTable() {
        InlineSchema linked = InlineSchema.of("""
                authors:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    books: { target: Book }
                books:
                  columns:
                    id: { type: integer, primary_key: true }
                    author_id: { type: integer, foreign_key: authors.id }
                """);
        assertThat(linked.messages()).isEmpty();
        LinkedRelationship books = linked.relationship("authors", "books");
        assertThat(linked.schema().partner(books)).isEmpty();
        assertThat(books.holdsForeignKey()).isFalse();
        assertThat(books.owningSide()).isTrue();
        assertThat(books.foreignKey().orElseThrow().column().name()).isEqualTo("author_id");
        assertThat(linked.table("books").keysMappedFromOtherTables()).containsExactly("author_id");
        assertThat(linked.table("authors").keysMappedFromOtherTables()).isEmpty();
    }

    @Test
    void aSelfReferentialPairNeedsItsKindAndThenLinks() {
        InlineSchema linked = InlineSchema.of("""
                categories:
                  columns:
                    id: { type: integer, primary_key: true }
                    parent_id: { type: integer, foreign_key: categories.id }
                  relationships:
                    parent: { target: Category, kind: many_to_one, back_populates: children }
                    children: { target: Category, kind: one_to_many, back_populates: parent }
                """);
        assertThat(linked.messages()).isEmpty();
        LinkedRelationship parent = linked.relationship("categories", "parent");
        LinkedRelationship children = linked.relationship("categories", "children");
        assertThat(parent.selfReferential()).isTrue();
        assertThat(parent.owningSide()).isTrue();
        assertThat(children.owningSide()).isFalse();
        assertThat(linked.schema().partner(children)).containsSame(parent);
    }

    @Test
    void whatCannotBeLinkedIsReportedAndLeftOut() {
        InlineSchema linked = InlineSchema.of("""
                packages:
                  columns: { id: { type: string, primary_key: true } }
                  relationships:
                    releases: { target: Release, back_populates: packge }
                    owner: { target: Usr }
                releases:
                  columns:
                    id: { type: integer, primary_key: true }
                    package_id: { type: string, foreign_key: packages.id }
                  relationships:
                    package: { target: Package, back_populates: releases }
                """);
        assertThat(linked.messages()).containsExactly(
                "4:50: entity 'Release' has no relationship 'packge'; did you mean 'package'?",
                "5:22: relationship target 'Usr' is not an entity",
                "11:49: 'Release.package' names 'Package.releases' in back_populates, but 'Package.releases' does"
                        + " not name 'Release.package' back");
        assertThat(linked.table("packages").relationships()).extracting(LinkedRelationship::name)
                .containsExactly("releases");
        assertThat(linked.schema().partner(linked.relationship("packages", "releases"))).isEmpty();
        assertThat(linked.schema().partner(linked.relationship("releases", "package"))).isEmpty();
    }

    @Test
    void pairsThatDisagreeOnTheKindAreReportedFromBothSides() {
        InlineSchema linked = InlineSchema.of("""
                a:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships:
                    bs: { target: B, back_populates: a }
                b:
                  columns:
                    id: { type: integer, primary_key: true }
                    a_id: { type: integer, foreign_key: a.id }
                  relationships:
                    a: { target: A, kind: one_to_one, back_populates: bs }
                """);
        assertThat(linked.messages()).containsExactly(
                "4:38: 'A.bs' is one_to_many, so 'B.a' must be many_to_one, but it is one_to_one",
                "10:55: 'B.a' is one_to_one, so 'A.bs' must be one_to_one, but it is one_to_many");
        assertThat(linked.schema().partner(linked.relationship("a", "bs"))).isEmpty();
    }
}
