package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import jakarta.persistence.EntityManagerFactory;
import java.lang.reflect.Field;
import java.util.Collection;
import java.util.List;
import org.example.library.Author;
import org.example.library.Award;
import org.example.library.Book;
import org.hibernate.Hibernate;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.BatchSize;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The loading strategies of {@code schemas/examples/loading.yaml}: {@code selectin} books load in batches, not one
 * SELECT per author; a {@code joined} author comes with its book in one statement; {@code raise} awards refuse to
 * load on touch and work once fetched.
 */
class LoadingTest {

    /** The batch size the generator put on {@code Author.books} for {@code lazy: selectin}. */
    private static final int BATCH = batchSizeOfBooks();

    private static EntityManagerFactory factory;
    private static Statistics statistics;

    @BeforeAll
    static void boot() {
        factory = new Database().boot(List.of(Author.class, Book.class, Award.class), Action.CREATE);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    @BeforeEach
    void clearStatistics() {
        statistics.clear();
    }

    private static int batchSizeOfBooks() {
        try {
            return Author.class.getDeclaredField("books").getAnnotation(BatchSize.class).size();
        } catch (NoSuchFieldException e) {
            throw new AssertionError(e);
        }
    }

    private static Author author(String name) {
        Author author = new Author();
        author.setName(name);
        return author;
    }

    private static Book book(String title, Author author) {
        Book book = new Book();
        book.setTitle(title);
        book.setAuthor(author);
        return book;
    }

    private static Award award(String name, Author author) {
        Award award = new Award();
        award.setName(name);
        award.setAuthor(author);
        return award;
    }

    /** Persists {@code count} authors named {@code prefix-NNN}, each with two books (added out of title order) and an award. */
    private static void authors(String prefix, int count) {
        factory.runInTransaction(em -> {
            for (int i = 0; i < count; i++) {
                Author author = author(String.format("%s-%03d", prefix, i));
                book("second " + i, author);
                book("first " + i, author);
                award("prize " + i, author);
                em.persist(author);
            }
        });
    }

    private static List<Author> authorsNamed(jakarta.persistence.EntityManager em, String prefix) {
        return em.createQuery("from Author where name like :prefix order by name", Author.class)
                .setParameter("prefix", prefix + "-%")
                .getResultList();
    }

    @Test
    void selectinBooksHaveABatchSizeOfOneHundred() {
        assertThat(BATCH).isEqualTo(100);
    }

    @Test
    void touchingTheBooksOfAHundredAuthorsCostsOneSelectPerBatchNotOnePerAuthor() {
        authors("batched", 100);

        statistics.clear();
        factory.runInTransaction(em -> {
            List<Author> authors = authorsNamed(em, "batched");
            assertThat(statistics.getPrepareStatementCount()).as("the query").isEqualTo(1);
            for (Author author : authors) {
                assertThat(author.getBooks()).extracting(Book::getTitle).hasSize(2).element(0).asString()
                        .startsWith("first ");
            }
            assertThat(authors).hasSize(100);
        });
        // 1 + ceil(100 / 100) = 2, where one SELECT per author would be 101
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1 + ceilDiv(100, BATCH)).isEqualTo(2);
    }

    @Test
    void oneHundredAndFiftyAuthorsTakeTwoBatches() {
        authors("more", 150);

        statistics.clear();
        factory.runInTransaction(em -> {
            for (Author author : authorsNamed(em, "more")) {
                assertThat(author.getBooks()).hasSize(2);
            }
        });
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(1 + ceilDiv(150, BATCH)).isEqualTo(3);
    }

    @Test
    void anUnbatchedCollectionOfTheSameAuthorsCostsOneSelectPerAuthor() throws ReflectiveOperationException {
        // the naive figure, for comparison: awards carry no @BatchSize; read past the raise guard through the field
        authors("naive", 100);
        Field awards = Author.class.getDeclaredField("awards");
        awards.setAccessible(true);

        statistics.clear();
        factory.runInTransaction(em -> {
            for (Author author : authorsNamed(em, "naive")) {
                try {
                    assertThat((Collection<?>) awards.get(author)).hasSize(1);
                } catch (IllegalAccessException e) {
                    throw new AssertionError(e);
                }
            }
        });
        assertThat(statistics.getPrepareStatementCount()).isEqualTo(101);
    }

    @Test
    void findingABookLoadsItsJoinedAuthorInTheSameStatement() {
        Author saved = author("joined");
        Book book = book("the book", saved);
        factory.runInTransaction(em -> em.persist(saved));

        statistics.clear();
        factory.runInTransaction(em -> {
            Book found = em.find(Book.class, book.getId());
            assertThat(Hibernate.isInitialized(found.getAuthor())).isTrue();
            assertThat(found.getAuthor().getName()).isEqualTo("joined");
            assertThat(statistics.getPrepareStatementCount()).as("statements").isEqualTo(1);
        });
    }

    @Test
    void touchingUnloadedRaiseAwardsThrowsWithoutSql() {
        Author saved = author("raised");
        award("nobel", saved);
        award("booker", saved);
        factory.runInTransaction(em -> em.persist(saved));

        factory.runInTransaction(em -> {
            Author author = em.find(Author.class, saved.getId());
            statistics.clear();
            assertThatIllegalStateException().isThrownBy(author::getAwards).withMessageContaining("Author.awards");
            assertThat(statistics.getPrepareStatementCount()).as("statements").isZero();
            assertThat(Hibernate.isInitialized(author.getBooks())).isFalse();
        });
    }

    @Test
    void raiseAwardsFetchedWithTheAuthorCanBeRead() {
        Author saved = author("fetched");
        award("nobel", saved);
        award("booker", saved);
        factory.runInTransaction(em -> em.persist(saved));

        statistics.clear();
        factory.runInTransaction(em -> {
            Author author = em.createQuery("from Author a join fetch a.awards where a.id = :id", Author.class)
                    .setParameter("id", saved.getId())
                    .getSingleResult();
            assertThat(author.getAwards()).extracting(Award::getName).containsExactlyInAnyOrder("nobel", "booker");
            assertThat(statistics.getPrepareStatementCount()).as("statements").isEqualTo(1);
        });
    }

    @Test
    void anAwardCanJoinAnAuthorWhoseAwardsAreNotLoaded() {
        Author saved = author("queued");
        factory.runInTransaction(em -> em.persist(saved));

        Award added = factory.callInTransaction(em -> {
            Author author = em.find(Author.class, saved.getId());
            statistics.clear();
            Award award = award("hugo", author);
            em.persist(award);
            em.flush();
            assertThat(statistics.getPrepareStatementCount()).as("the insert only").isEqualTo(1);
            return award;
        });
        factory.runInTransaction(em -> assertThat(em.createQuery(
                        "from Author a join fetch a.awards where a.id = :id", Author.class)
                .setParameter("id", saved.getId())
                .getSingleResult().getAwards()).containsExactly(added));
    }

    private static int ceilDiv(int dividend, int divisor) {
        return (dividend + divisor - 1) / divisor;
    }
}
