package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.util.List;
import org.example.catalog.Category;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.hibernate.tool.schema.Action;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The adjacency list of {@code schemas/examples/self_referential.yaml}: a category's {@code parent} and
 * {@code children} are one pair on one table. Both sides follow each other in memory; a tree persisted from its root
 * reloads in {@code order_by: [name]} order; and {@code cascade: all, delete-orphan} deletes a removed subtree.
 */
class SelfReferentialTest {

    private static EntityManagerFactory factory;
    private static Statistics statistics;

    @BeforeAll
    static void boot() {
        factory = new Database().boot(List.of(Category.class), Action.CREATE);
        statistics = factory.unwrap(SessionFactory.class).getStatistics();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static Category category(String name) {
        Category category = new Category();
        category.setName(name);
        return category;
    }

    private static Category category(String name, Category parent) {
        Category category = category(name);
        category.setParent(parent);
        return category;
    }

    private static long rowsWithIds(Integer... ids) {
        return factory.callInTransaction(em -> ((Number) em.createNativeQuery(
                        "select count(*) from categories where id in (:ids)")
                .setParameter("ids", List.of(ids))
                .getSingleResult()).longValue());
    }

    @Test
    void settingTheParentPutsTheChildIntoTheParentsChildren() {
        Category root = category("root");
        Category child = category("child");

        child.setParent(root);

        assertThat(root.getChildren()).containsExactly(child);
        assertThat(child.getParent()).isSameAs(root);
        assertThat(child.getChildren()).isEmpty();
        assertThat(root.getParent()).isNull();
    }

    @Test
    void addingToTheChildrenSetsTheChildsParent() {
        Category root = category("root");
        Category first = category("first");
        Category second = category("second");

        assertThat(root.getChildren().add(first)).isTrue();
        root.addChild(second);

        assertThat(first.getParent()).isSameAs(root);
        assertThat(second.getParent()).isSameAs(root);
        assertThat(root.getChildren()).containsExactly(first, second);
    }

    @Test
    void movingANodeLeavesTheOldParentAndJoinsTheNewOne() {
        Category fruit = category("fruit");
        Category vegetables = category("vegetables");
        Category tomato = category("tomato", fruit);

        tomato.setParent(vegetables);
        assertThat(fruit.getChildren()).isEmpty();
        assertThat(vegetables.getChildren()).containsExactly(tomato);

        fruit.getChildren().add(tomato);
        assertThat(tomato.getParent()).isSameAs(fruit);
        assertThat(vegetables.getChildren()).isEmpty();
        assertThat(fruit.getChildren()).containsExactly(tomato);

        assertThat(fruit.getChildren().remove(tomato)).isTrue();
        assertThat(tomato.getParent()).isNull();
        assertThat(fruit.getChildren()).isEmpty();
        assertThat(vegetables.removeChild(tomato)).as("removing a node that is not a child").isFalse();
    }

    @Test
    void aThreeLevelTreePersistedFromTheRootReloadsInNameOrder() {
        Category root = category("food");
        // added out of name order on purpose: order_by: [name] must sort them on load
        Category vegetables = category("vegetables", root);
        Category fruit = category("fruit", root);
        Category dairy = category("dairy", root);
        category("pear", fruit);
        category("apple", fruit);
        category("cherry", fruit);
        category("leek", vegetables);
        category("carrot", vegetables);

        statistics.clear();
        factory.runInTransaction(em -> em.persist(root));
        assertThat(statistics.getEntityInsertCount()).as("rows inserted by cascade from the root").isEqualTo(9);

        factory.runInTransaction(em -> {
            Category food = em.find(Category.class, root.getId());
            assertThat(food.getParent()).isNull();
            assertThat(food.getChildren()).extracting(Category::getName)
                    .containsExactly("dairy", "fruit", "vegetables");
            for (Category child : food.getChildren()) {
                assertThat(child.getParent()).isSameAs(food);
            }
            Category loadedFruit = food.getChildren().get(1);
            assertThat(loadedFruit.getChildren()).extracting(Category::getName)
                    .containsExactly("apple", "cherry", "pear");
            Category loadedVegetables = food.getChildren().get(2);
            assertThat(loadedVegetables.getChildren()).extracting(Category::getName)
                    .containsExactly("carrot", "leek");
            for (Category leaf : loadedFruit.getChildren()) {
                assertThat(leaf.getParent()).isSameAs(loadedFruit);
                assertThat(leaf.getChildren()).isEmpty();
            }
            assertThat(food.getChildren().get(0).getChildren()).isEmpty();
        });
        assertThat(dairy.getId()).isNotNull();
    }

    @Test
    void removingANodeFromItsParentDeletesItsWholeSubtree() {
        Category root = category("tools");
        Category saws = category("saws", root);
        Category handSaws = category("hand saws", saws);
        Category jigsaws = category("jigsaws", saws);
        Category hammers = category("hammers", root);
        factory.runInTransaction(em -> em.persist(root));

        statistics.clear();
        factory.runInTransaction(em -> {
            Category tools = em.find(Category.class, root.getId());
            Category loadedSaws = tools.getChildren().stream()
                    .filter(c -> c.getName().equals("saws")).findFirst().orElseThrow();
            assertThat(tools.getChildren().remove(loadedSaws)).isTrue();
        });
        assertThat(statistics.getEntityDeleteCount()).as("the orphan and its two children").isEqualTo(3);

        assertThat(rowsWithIds(saws.getId(), handSaws.getId(), jigsaws.getId())).isZero();
        assertThat(rowsWithIds(root.getId(), hammers.getId())).isEqualTo(2);
        factory.runInTransaction(em -> assertThat(em.find(Category.class, root.getId()).getChildren())
                .extracting(Category::getName).containsExactly("hammers"));
    }

    @Test
    void deletingTheRootDeletesTheWholeTree() {
        Category root = category("garden");
        Category plants = category("plants", root);
        Category roses = category("roses", plants);
        factory.runInTransaction(em -> em.persist(root));

        statistics.clear();
        factory.runInTransaction(em -> em.remove(em.find(Category.class, root.getId())));

        assertThat(statistics.getEntityDeleteCount()).isEqualTo(3);
        assertThat(rowsWithIds(root.getId(), plants.getId(), roses.getId())).isZero();
    }

    @Test
    void movingAPersistedNodeToAnotherParentKeepsItAndItsChildren() {
        Category root = category("media");
        Category books = category("books", root);
        Category music = category("music", root);
        Category audiobooks = category("audiobooks", music);
        Category narrated = category("narrated", audiobooks);
        factory.runInTransaction(em -> em.persist(root));

        statistics.clear();
        factory.runInTransaction(em -> {
            Category loadedMusic = em.find(Category.class, music.getId());
            Category loadedBooks = em.find(Category.class, books.getId());
            Category loadedAudiobooks = loadedMusic.getChildren().get(0);
            // not an orphan: it has a new parent at flush, as in SQLAlchemy
            loadedAudiobooks.setParent(loadedBooks);
        });
        assertThat(statistics.getEntityDeleteCount()).as("rows deleted by the move").isZero();

        assertThat(rowsWithIds(audiobooks.getId(), narrated.getId())).isEqualTo(2);
        factory.runInTransaction(em -> {
            assertThat(em.find(Category.class, music.getId()).getChildren()).isEmpty();
            Category moved = em.find(Category.class, audiobooks.getId());
            assertThat(moved.getParentId()).isEqualTo(books.getId());
            assertThat(moved.getChildren()).extracting(Category::getName).containsExactly("narrated");
        });
    }
}
