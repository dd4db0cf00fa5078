package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.example.shelf.Book;
import org.example.shelf.Publisher;
import org.example.shelf.Shelf;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The one-sided relationships of {@code schemas/examples/unidirectional.yaml}: a shelf knows its books and a book
 * knows its publisher, and nothing points back. The foreign keys still live on {@code books}, with no join table.
 */
class UnidirectionalTest {

    private static Database database;
    private static EntityManagerFactory factory;
    private static Statistics statistics;
    private static final SqlLog sql = new SqlLog();

    @BeforeAll
    static void boot() {
        database = new Database();
        factory = database.boot(List.of(Shelf.class, Publisher.class, Book.class), Action.CREATE, sql);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void clear() {
        statistics.clear();
        sql.clear();
    }

    private static Book book(String title) {
        Book book = new Book();
        book.setTitle(title);
        return book;
    }

    private static Shelf shelf(String label, Book... books) {
        Shelf shelf = new Shelf();
        shelf.setLabel(label);
        shelf.getBooks().addAll(List.of(books));
        return shelf;
    }

    private static Integer shelfIdOf(Book book) {
        return factory.callInTransaction(em -> {
            Object value = em.createNativeQuery("select shelf_id from books where id = :id")
                    .setParameter("id", book.getId())
                    .getSingleResult();
            return value == null ? null : ((Number) value).intValue();
        });
    }

    /** Whether any field, method return type or parameter of {@code owner} mentions {@code target}. */
    private static boolean mentions(Class<?> owner, Class<?> target) {
        List<Type> types = new ArrayList<>();
        for (Field field : owner.getDeclaredFields()) {
            types.add(field.getGenericType());
        }
        for (Method method : owner.getDeclaredMethods()) {
            types.add(method.getGenericReturnType());
            types.addAll(List.of(method.getGenericParameterTypes()));
        }
        return types.stream().anyMatch(type -> type.getTypeName().contains(target.getName()));
    }

    /** Hibernate's INSERT of a row with an identity key: H2's names the key with DEFAULT, PostgreSQL's leaves it out. */
    private static String identityInsert(String table, String columns, String values) {
        return database.isPostgreSQL()
                ? "insert into " + table + " (" + columns + ") values (" + values + ")"
                : "insert into " + table + " (" + columns + ",id) values (" + values + ",default)";
    }

    @Test
    void onlyTheDeclaredSideOfEachRelationshipExists() {
        assertThat(mentions(Shelf.class, Book.class)).as("Shelf knows Book").isTrue();
        assertThat(mentions(Book.class, Shelf.class)).as("Book knows Shelf").isFalse();
        assertThat(mentions(Book.class, Publisher.class)).as("Book knows Publisher").isTrue();
        assertThat(mentions(Publisher.class, Book.class)).as("Publisher knows Book").isFalse();
        assertThat(Stream.of(Book.class.getDeclaredMethods()).map(Method::getName))
                .noneMatch(name -> name.toLowerCase(java.util.Locale.ROOT).contains("shel"));
    }

    @Test
    void theForeignKeysAreOnBooksWithNoJoinTable() throws SQLException {
        DatabaseMetadata metadata = new DatabaseMetadata(database);
        List<String> tables = metadata.tables();
        Map<String, String> keys = new TreeMap<>();
        for (DatabaseMetadata.ForeignKey key : metadata.importedKeys("BOOKS")) {
            keys.put(key.name(), key.column());
        }
        assertThat(tables).containsExactlyInAnyOrder("SHELVES", "PUBLISHERS", "BOOKS");
        assertThat(keys).containsOnly(
                Map.entry("FK_BOOKS_SHELF_ID_SHELVES", "SHELF_ID"),
                Map.entry("FK_BOOKS_PUBLISHER_ID_PUBLISHERS", "PUBLISHER_ID"));
    }

    @Test
    void booksAddedToANewShelfArePersistedWithItAndReloadInTitleOrder() {
        Book zoology = book("zoology");
        Book algebra = book("algebra");
        Shelf saved = shelf("science", zoology, algebra);

        factory.runInTransaction(em -> em.persist(saved));

        // the owner of a one-sided one-to-many is the shelf: the books are inserted, then pointed at the shelf
        assertThat(sql.statements()).containsExactly(
                identityInsert("shelves", "label", "?"),
                identityInsert("books", "publisher_id,title", "?,?"),
                identityInsert("books", "publisher_id,title", "?,?"),
                "update books set shelf_id=? where id=?",
                "update books set shelf_id=? where id=?");
        assertThat(shelfIdOf(zoology)).isEqualTo(saved.getId());
        assertThat(shelfIdOf(algebra)).isEqualTo(saved.getId());
        factory.runInTransaction(em -> assertThat(em.find(Shelf.class, saved.getId()).getBooks())
                .extracting(Book::getTitle).containsExactly("algebra", "zoology"));
    }

    @Test
    void aBookAddedToAPersistedShelfIsLinkedOnCommit() {
        Shelf saved = shelf("history", book("rome"));
        factory.runInTransaction(em -> em.persist(saved));
        Book added = book("athens");

        statistics.clear();
        sql.clear();
        factory.runInTransaction(em -> em.find(Shelf.class, saved.getId()).getBooks().add(added));

        // find the shelf; the owning list loads before it changes; insert the book; point it at the shelf
        assertThat(statistics.getPrepareStatementCount()).as("statements").isEqualTo(4);
        assertThat(sql.startingWith("insert ")).hasSize(1);
        assertThat(sql.startingWith("update books set shelf_id=? ")).hasSize(1);
        assertThat(shelfIdOf(added)).isEqualTo(saved.getId());
        factory.runInTransaction(em -> assertThat(em.find(Shelf.class, saved.getId()).getBooks())
                .extracting(Book::getTitle).containsExactly("athens", "rome"));
    }

    @Test
    void aBookRemovedFromItsShelfStaysWithNoShelf() {
        Book kept = book("dune");
        Book removed = book("emma");
        Shelf saved = shelf("novels", kept, removed);
        factory.runInTransaction(em -> em.persist(saved));

        sql.clear();
        factory.runInTransaction(em -> {
            Shelf shelf = em.find(Shelf.class, saved.getId());
            assertThat(shelf.getBooks().remove(em.find(Book.class, removed.getId()))).isTrue();
        });

        assertThat(sql.startingWith("delete ")).isEmpty();
        assertThat(shelfIdOf(removed)).isNull();
        assertThat(shelfIdOf(kept)).isEqualTo(saved.getId());
    }

    @Test
    void theBooksPublisherIsWrittenThroughItsForeignKeyAndLoadsLazily() {
        Publisher penguin = new Publisher();
        penguin.setName("penguin");
        Book book = book("walden");
        book.setPublisher(penguin);

        factory.runInTransaction(em -> {
            em.persist(penguin);
            em.persist(book);
        });
        assertThat(sql.statements()).as("the publisher, then the book").containsExactly(
                identityInsert("publishers", "name", "?"),
                identityInsert("books", "publisher_id,title", "?,?"));

        statistics.clear();
        factory.runInTransaction(em -> {
            Book found = em.find(Book.class, book.getId());
            assertThat(found.getPublisherId()).isEqualTo(penguin.getId());
            assertThat(Hibernate.isInitialized(found.getPublisher())).isFalse();
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(1);
            assertThat(found.getPublisher().getName()).isEqualTo("penguin");
            assertThat(statistics.getPrepareStatementCount()).isEqualTo(2);
        });
    }
}
