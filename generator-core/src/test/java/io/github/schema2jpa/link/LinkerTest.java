package io.github.schema2jpa.link;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * What the linker makes of a few lines of schema: the linked facts of each relationship (see
 * {@link InlineSchema#facts(LinkedRelationship)}) and of each table, and what it reports when it cannot link.
 */
class LinkerTest {

    private static InlineSchema valid(String tables) {
        InlineSchema linked = InlineSchema.of(tables);
        assertThat(linked.messages()).isEmpty();
        return linked;
    }

    @Test
    void aPairedOneToManyIsOwnedByTheSideWithTheForeignKey() {
        InlineSchema linked = valid(SmallSchemas.PACKAGE_RELEASES);
        assertThat(linked.facts()).containsExactly(
                "packages.releases: one_to_many to releases, key releases.package_id -> packages.id, inverse,"
                        + " partner package",
                "releases.package: many_to_one to packages, key releases.package_id -> packages.id, owning,"
                        + " holds the key, partner releases");
        LinkedTable releases = linked.table("releases");
        assertThat(releases.foreignKeys()).extracting(key -> key.column().name()).containsExactly("package_id");
        assertThat(releases.keysMappedByRelationships()).containsExactly("package_id");
        assertThat(releases.keysMappedFromOtherTables()).isEmpty();
    }

    @Test
    void aOneToOneWhoseKeyIsThePrimaryKeySharesIt() {
        InlineSchema linked = valid(SmallSchemas.USER_PROFILE);
        // from the key alone SQLAlchemy sees a many-to-one; the partner's uselist: false makes it one-to-one
        assertThat(linked.facts()).containsExactly(
                "users.profile: one_to_one to profiles, key profiles.user_id -> users.id, inverse, partner user",
                "profiles.user: one_to_one (inferred many_to_one) to users, key profiles.user_id -> users.id, owning,"
                        + " holds the key, shared primary key, partner profile");
        assertThat(linked.table("profiles").sharedPrimaryKey()).contains("user_id");
        assertThat(linked.table("users").sharedPrimaryKey()).isEmpty();
    }

    @Test
    void aForeignKeyInACompositePrimaryKeyIsAKeyPart() {
        assertThat(valid(SmallSchemas.ORDER_LINES).facts()).containsExactly(
                "orders.lines: one_to_many to order_lines, key order_lines.order_id -> orders.id, inverse, partner order",
                "order_lines.order: many_to_one to orders, key order_lines.order_id -> orders.id, owning,"
                        + " holds the key, composite key part, partner lines");
    }

    @Test
    void aManyToManyPairIsOwnedByTheTableWrittenFirstAndAOneDirectionalOneToManyMapsTheOtherTablesKey() {
        InlineSchema linked = valid(SmallSchemas.POSTS_TAGS_COMMENTS);
        assertThat(linked.table("post_tags").association()).isTrue();
        assertThat(linked.facts()).containsExactly(
                "posts.tags: many_to_many to tags, through post_tags (post_id, tag_id), owning, holds the join table,"
                        + " partner posts",
                "posts.comments: one_to_many to comments, key comments.post_id -> posts.id, owning",
                "tags.posts: many_to_many to posts, through post_tags (tag_id, post_id), inverse, partner tags");
        assertThat(linked.schema().entityTables()).extracting(LinkedTable::name)
                .containsExactly("posts", "tags", "comments");
        assertThat(linked.table("comments").keysMappedFromOtherTables()).containsExactly("post_id");
        assertThat(linked.table("posts").keysMappedFromOtherTables()).isEmpty();
    }

    @Test
    void aSelfReferentialPairLinksOnceItsKindIsGiven() {
        InlineSchema linked = valid("""
                categories:
                  columns: { id: { type: integer, primary_key: true }, parent_id: { type: integer, foreign_key: categories.id } }
                  relationships:
                    parent: { target: Category, kind: many_to_one, back_populates: children }
                    children: { target: Category, kind: one_to_many, back_populates: parent }
                """);
        assertThat(linked.facts()).containsExactly(
                "categories.parent: many_to_one to categories, key categories.parent_id -> categories.id, owning,"
                        + " holds the key, partner children",
                "categories.children: one_to_many to categories, key categories.parent_id -> categories.id, inverse,"
                        + " partner parent");
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
                  columns: { id: { type: integer, primary_key: true }, package_id: { type: string, foreign_key: packages.id } }
                  relationships: { package: { target: Package, back_populates: releases } }
                """);
        assertThat(linked.messages()).containsExactly(
                "4:50: entity 'Release' has no relationship 'packge'; did you mean 'package'?",
                "5:22: relationship target 'Usr' is not an entity",
                "8:64: 'Release.package' names 'Package.releases' in back_populates, but 'Package.releases' does"
                        + " not name 'Release.package' back");
        assertThat(linked.facts()).containsExactly(
                "packages.releases: one_to_many to releases, key releases.package_id -> packages.id, owning",
                "releases.package: many_to_one to packages, key releases.package_id -> packages.id, owning,"
                        + " holds the key");
    }

    @Test
    void pairsThatDisagreeOnTheKindAreReportedFromBothSides() {
        InlineSchema linked = InlineSchema.of("""
                a:
                  columns: { id: { type: integer, primary_key: true } }
                  relationships: { bs: { target: B, back_populates: a } }
                b:
                  columns: { id: { type: integer, primary_key: true }, a_id: { type: integer, foreign_key: a.id } }
                  relationships: { a: { target: A, kind: one_to_one, back_populates: bs } }
                """);
        assertThat(linked.messages()).containsExactly(
                "3:53: 'A.bs' is one_to_many, so 'B.a' must be many_to_one, but it is one_to_one",
                "6:70: 'B.a' is one_to_one, so 'A.bs' must be one_to_one, but it is one_to_many");
        assertThat(linked.schema().partner(linked.relationship("a", "bs"))).isEmpty();
    }
}
