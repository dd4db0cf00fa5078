package io.github.schema2jpa.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.CompiledSchemas;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.schema.RelationshipKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Each relationship resolves to the one shape that fits it, holding what that shape's code needs. */
class RelationshipShapesTest {

    private static final String LIBRARY = """
            schema2jpa: 1
            package: org.example.shapes
            tables:
              authors:
                columns:
                  id: { type: integer, primary_key: true }
                relationships:
                  books: { target: Book, back_populates: author, order_by: [title desc, id], cascade: [all, delete-orphan] }
              shelves:
                columns:
                  id: { type: integer, primary_key: true }
                relationships:
                  books: { target: Book, order_by: [title] }
              publishers:
                columns:
                  id: { type: integer, primary_key: true }
              books:
                columns:
                  id: { type: integer, primary_key: true }
                  title: { type: string }
                  author_id: { type: integer, foreign_key: authors.id, nullable: false }
                  shelf_id: { type: integer, foreign_key: shelves.id }
                  publisher_id: { type: integer, foreign_key: publishers.id }
                relationships:
                  author: { target: Author, back_populates: books }
                  publisher: { target: Publisher, lazy: selectin }
                  tags: { target: Tag, secondary: books_tags, back_populates: books }
                  genres: { target: Genre, secondary: books_genres }
                  cover: { target: Cover, uselist: false, back_populates: book }
                  stamp: { target: Stamp, uselist: false }
              covers:
                columns:
                  id: { type: integer, primary_key: true }
                  book_id: { type: integer, foreign_key: books.id, unique: true }
                relationships:
                  book: { target: Book, back_populates: cover }
              stamps:
                columns:
                  book_id: { type: integer, foreign_key: books.id, unique: true, nullable: false }
                  code: { type: string, primary_key: true }
              tags:
                columns:
                  id: { type: integer, primary_key: true }
                relationships:
                  books: { target: Book, secondary: books_tags, back_populates: tags }
              genres:
                columns:
                  id: { type: integer, primary_key: true }
              books_tags:
                columns:
                  book_id: { type: integer, foreign_key: books.id, primary_key: true }
                  tag_id: { type: integer, foreign_key: tags.id, primary_key: true }
              books_genres:
                columns:
                  book_id: { type: integer, foreign_key: books.id, primary_key: true }
                  genre_id: { type: integer, foreign_key: genres.id, primary_key: true }
            """;

    @TempDir
    Path work;

    @Test
    void aOneToManyPairIsACollectionSideAndAManyToOneSide() throws IOException {
        GenerationModel model = resolve(LIBRARY);
        OneToManySide books = side(model, "Author", "books", OneToManySide.class);
        assertThat(books.orderBy()).containsExactly(new Ordering("title", Ordering.Direction.DESC),
                new Ordering("id", Ordering.Direction.ASC));
        assertThat(books.orphanRemoval()).isTrue();
        assertThat(books.basics().cascades()).containsExactly(JpaCascade.ALL);
        assertThat(books.other().names().property()).isEqualTo("author");
        assertThat(books.elementKey()).contains(new OneToManySide.ElementKey("getAuthorId", "getId"));

        ManyToOneSide author = side(model, "Book", "author", ManyToOneSide.class);
        assertThat(author.key().column().sqlName()).isEqualTo("author_id");
        assertThat(author.key().column().nullable()).isFalse();
        assertThat(author.key().role()).isEqualTo(KeyRole.PLAIN);
        assertThat(author.basics().cascades()).containsExactly(JpaCascade.MERGE);
        assertThat(author.other().names().property()).isEqualTo("books");
        assertThat(List.of(books.kind(), author.kind())).containsExactly(RelationshipKind.ONE_TO_MANY,
                RelationshipKind.MANY_TO_ONE);
    }

    @Test
    void relationshipsOnlyOneSideKnowsAreOneDirectionalShapes() throws IOException {
        GenerationModel model = resolve(LIBRARY);
        OneDirectionalOneToMany shelfBooks = side(model, "Shelf", "books", OneDirectionalOneToMany.class);
        assertThat(shelfBooks.keyColumn().sqlName()).isEqualTo("shelf_id");
        assertThat(shelfBooks.orderBy()).containsExactly(new Ordering("title", Ordering.Direction.ASC));
        assertThat(shelfBooks.basics().cascades()).containsExactly(JpaCascade.PERSIST, JpaCascade.MERGE);

        OneDirectionalToOne publisher = side(model, "Book", "publisher", OneDirectionalToOne.class);
        assertThat(publisher.oneToOne()).isFalse();
        assertThat(publisher.basics().batchSize()).contains(RelationshipBasics.SELECTIN_BATCH_SIZE);

        OneDirectionalManyToMany genres = side(model, "Book", "genres", OneDirectionalManyToMany.class);
        assertThat(genres.joinTable().sqlName()).isEqualTo("books_genres");
        assertThat(genres.basics().batchSize()).isEmpty();

        OneDirectionalInverseOneToOne stamp = side(model, "Book", "stamp", OneDirectionalInverseOneToOne.class);
        assertThat(stamp.keyColumn().sqlName()).isEqualTo("book_id");
    }

    @Test
    void aOneToOnePairIsTheSideWithTheKeyAndTheSideWithout() throws IOException {
        GenerationModel model = resolve(LIBRARY);
        OneToOneOwningSide book = side(model, "Cover", "book", OneToOneOwningSide.class);
        assertThat(book.key().column().sqlName()).isEqualTo("book_id");
        InverseOneToOne cover = side(model, "Book", "cover", InverseOneToOne.class);
        assertThat(cover.keyColumn().sqlName()).isEqualTo("book_id");
        assertThat(cover.other().names().property()).isEqualTo("book");
        assertThat(cover.sharesKey()).isFalse();
        assertThat(List.of(book.kind(), cover.kind())).containsOnly(RelationshipKind.ONE_TO_ONE);
    }

    @Test
    void theManyToManySideOfTheTableWrittenFirstHoldsTheJoinTable() throws IOException {
        GenerationModel model = resolve(LIBRARY);
        ManyToManyOwningSide tags = side(model, "Book", "tags", ManyToManyOwningSide.class);
        assertThat(tags.joinTable().sqlName()).isEqualTo("books_tags");
        assertThat(tags.joinTable().joinColumn()).isEqualTo("book_id");
        ManyToManyInverseSide books = side(model, "Tag", "books", ManyToManyInverseSide.class);
        assertThat(books.associationTable().joinColumn()).isEqualTo("tag_id");
        assertThat(books.linkRows()).contains(books.associationTable());
        assertThat(List.of(tags.kind(), books.kind())).containsOnly(RelationshipKind.MANY_TO_MANY);
    }

    @Test
    void aKeyThatIsTheWholePrimaryKeyIsSharedAndOneThatIsPartOfItIsAPart() throws IOException {
        GenerationModel model = resolve("""
                schema2jpa: 1
                package: org.example.keys
                tables:
                  users:
                    columns:
                      id: { type: integer, primary_key: true }
                    relationships:
                      account: { target: Account, uselist: false, back_populates: user }
                      memberships: { target: Membership, back_populates: user }
                  accounts:
                    columns:
                      user_id: { type: integer, primary_key: true, foreign_key: users.id }
                    relationships:
                      user: { target: User, back_populates: account }
                  groups:
                    columns:
                      id: { type: integer, primary_key: true }
                  memberships:
                    columns:
                      user_id: { type: integer, primary_key: true, foreign_key: users.id }
                      group_id: { type: integer, primary_key: true, foreign_key: groups.id }
                    relationships:
                      user: { target: User, back_populates: memberships }
                      group: { target: Group }
                """);
        OneToOneOwningSide user = side(model, "Account", "user", OneToOneOwningSide.class);
        assertThat(user.key().role()).isEqualTo(KeyRole.SHARED_PRIMARY_KEY);
        assertThat(side(model, "User", "account", InverseOneToOne.class).sharesKey()).isTrue();
        ManyToOneSide member = side(model, "Membership", "user", ManyToOneSide.class);
        assertThat(member.key().role()).isEqualTo(KeyRole.COMPOSITE_KEY_PART);
        OneDirectionalToOne group = side(model, "Membership", "group", OneDirectionalToOne.class);
        assertThat(group.key().role()).isEqualTo(KeyRole.COMPOSITE_KEY_PART);
        OneToManySide memberships = side(model, "User", "memberships", OneToManySide.class);
        assertThat(memberships.otherKeyRole()).isEqualTo(KeyRole.COMPOSITE_KEY_PART);
    }

    /**
     * Every shape is the shape of some relationship, in the example schemas or in {@link #LIBRARY}: a shape that no
     * schema resolves to is dead code, and a new shape needs a schema that shows it.
     */
    @Test
    void everyShapeIsTheShapeOfARelationshipOfTheExamplesOrOfThisTest() throws IOException {
        Set<Class<?>> resolved = new HashSet<>(shapes(resolve(LIBRARY)));
        try (Stream<Path> files = Files.walk(Path.of(System.getProperty("schema2jpa.repository", ".."), "schemas"))) {
            for (Path schema : files.filter(file -> file.toString().endsWith(".yaml")).sorted().toList()) {
                resolved.addAll(shapes(CompiledSchemas.model(schema)));
            }
        }
        assertThat(resolved).containsExactlyInAnyOrderElementsOf(leaves(RelationshipProperty.class));
    }

    private static List<Class<?>> shapes(GenerationModel model) {
        return model.entities().stream()
                .flatMap(entity -> entity.relationships().stream())
                .<Class<?>>map(Object::getClass)
                .toList();
    }

    /** The records a sealed type permits, directly or through sealed interfaces. */
    private static List<Class<?>> leaves(Class<?> sealed) {
        if (!sealed.isSealed()) {
            return List.of(sealed);
        }
        return Arrays.stream(sealed.getPermittedSubclasses()).flatMap(type -> leaves(type).stream()).distinct().toList();
    }

    private static <S extends RelationshipProperty> S side(GenerationModel model, String entity, String property,
            Class<S> shape) {
        EntityModel found = model.entities().stream()
                .filter(candidate -> candidate.className().simpleName().equals(entity))
                .findFirst().orElseThrow();
        RelationshipProperty relationship = found.relationships().stream()
                .filter(candidate -> candidate.names().property().equals(property))
                .findFirst().orElseThrow();
        assertThat(relationship).isInstanceOf(shape);
        return shape.cast(relationship);
    }

    private GenerationModel resolve(String yaml) throws IOException {
        return CompiledSchemas.model(Files.writeString(work.resolve("schema.yaml"), yaml));
    }
}
