package io.github.schema2jpa.link;

/**
 * Small schemas, each showing one way two tables are linked, for {@link InlineSchema#of}: the tables alone, one
 * line of columns and one of relationships per table.
 */
public final class SmallSchemas {

    /** A one-to-many and its many-to-one, paired. */
    public static final String PACKAGE_RELEASES = """
            packages:
              columns: { id: { type: string, primary_key: true } }
              relationships: { releases: { target: Release, back_populates: package } }
            releases:
              columns: { id: { type: integer, primary_key: true }, package_id: { type: string, foreign_key: packages.id } }
              relationships: { package: { target: Package, back_populates: releases } }
            """;

    /** A one-to-one whose foreign key is the whole primary key of the key side. */
    public static final String USER_PROFILE = """
            users:
              columns: { id: { type: integer, primary_key: true, autoincrement: true } }
              relationships: { profile: { target: Profile, back_populates: user, uselist: false } }
            profiles:
              columns: { user_id: { type: integer, primary_key: true, foreign_key: users.id } }
              relationships: { user: { target: User, back_populates: profile } }
            """;

    /** A many-to-one whose foreign key is one part of a composite primary key. */
    public static final String ORDER_LINES = """
            orders:
              columns: { id: { type: integer, primary_key: true } }
              relationships: { lines: { target: OrderLine, back_populates: order } }
            order_lines:
              entity: OrderLine
              primary_key: [order_id, line_no]
              columns: { order_id: { type: integer, foreign_key: orders.id }, line_no: integer }
              relationships: { order: { target: Order, back_populates: lines } }
            """;

    /** A many-to-many pair through an association table, and a one-directional one-to-many. */
    public static final String POSTS_TAGS_COMMENTS = """
            posts:
              columns: { id: { type: integer, primary_key: true } }
              relationships:
                tags: { target: Tag, secondary: post_tags, back_populates: posts }
                comments: { target: Comment }
            post_tags:
              columns:
                post_id: { type: integer, primary_key: true, foreign_key: posts.id }
                tag_id: { type: integer, primary_key: true, foreign_key: tags.id }
            tags:
              columns: { id: { type: integer, primary_key: true } }
              relationships: { posts: { target: Post, secondary: post_tags, back_populates: tags } }
            comments:
              columns: { id: { type: integer, primary_key: true }, post_id: { type: integer, foreign_key: posts.id } }
            """;

    private SmallSchemas() {
    }
}
