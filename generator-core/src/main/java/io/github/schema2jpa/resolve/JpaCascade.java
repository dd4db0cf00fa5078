package io.github.schema2jpa.resolve;

import io.github.schema2jpa.schema.CascadeOption;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * SQLAlchemy's cascade words as JPA cascade types: save-update is PERSIST, merge MERGE, delete REMOVE,
 * refresh-expire REFRESH, expunge DETACH, and all of them together ALL. delete-orphan is orphan removal, not a
 * cascade type.
 *
 * <p>One exception: save-update is not PERSIST on a side that holds the foreign key of a to-one relationship (a
 * many-to-one, or the owning side of a one-to-one). JPA cascades PERSIST again at every flush from each managed
 * entity, and persisting a removed entity makes it managed again: {@code em.remove(parent)} would be silently
 * undone by any loaded child. Without the cascade, the parent is deleted, or the flush fails naming the child that
 * still references it. A to-one relationship with delete-orphan ({@code single_parent}) owns what it references, as
 * a collection owns its elements, and keeps the cascade.
 */
final class JpaCascade {

    private static final Set<CascadeOption> EVERY_OPERATION = EnumSet.of(CascadeOption.SAVE_UPDATE,
            CascadeOption.MERGE, CascadeOption.DELETE, CascadeOption.REFRESH_EXPIRE, CascadeOption.EXPUNGE);

    private JpaCascade() {
    }

    /**
     * The names of {@code jakarta.persistence.CascadeType} constants, in a fixed order; with {@code passiveDeletes},
     * without {@code REMOVE}: the database deletes the rows (ON
     * DELETE CASCADE), and a cascaded remove would make Hibernate load every unloaded collection to remove its
     * elements one by one, which is what SQLAlchemy's {@code passive_deletes} avoids; with
     * {@code holdsToOneForeignKey} (the relationship is the to-one side that holds the foreign key and does not own
     * what it references), without {@code PERSIST}.
     */
    static List<String> of(Set<CascadeOption> options, boolean passiveDeletes, boolean holdsToOneForeignKey) {
        Set<CascadeOption> expanded = EnumSet.noneOf(CascadeOption.class);
        expanded.addAll(options);
        if (expanded.contains(CascadeOption.ALL)) {
            expanded.addAll(EVERY_OPERATION);
        }
        if (passiveDeletes) {
            expanded.remove(CascadeOption.DELETE);
        }
        if (holdsToOneForeignKey) {
            expanded.remove(CascadeOption.SAVE_UPDATE);
        }
        if (expanded.containsAll(EVERY_OPERATION)) {
            return List.of("ALL");
        }
        List<String> types = new ArrayList<>();
        if (expanded.contains(CascadeOption.SAVE_UPDATE)) {
            types.add("PERSIST");
        }
        if (expanded.contains(CascadeOption.MERGE)) {
            types.add("MERGE");
        }
        if (expanded.contains(CascadeOption.DELETE)) {
            types.add("REMOVE");
        }
        if (expanded.contains(CascadeOption.REFRESH_EXPIRE)) {
            types.add("REFRESH");
        }
        if (expanded.contains(CascadeOption.EXPUNGE)) {
            types.add("DETACH");
        }
        return List.copyOf(types);
    }
}
