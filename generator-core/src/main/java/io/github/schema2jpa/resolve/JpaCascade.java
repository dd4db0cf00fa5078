package io.github.schema2jpa.resolve;

import io.github.schema2jpa.schema.CascadeOption;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * The JPA cascade types ({@code jakarta.persistence.CascadeType}, named alike) that SQLAlchemy's cascade words
 * become: save-update is PERSIST, merge MERGE, delete REMOVE, refresh-expire REFRESH, expunge DETACH, and all of them
 * together ALL. delete-orphan is orphan removal, not a cascade type. A set of them iterates in JPA's order, the order
 * of the constants.
 *
 * <p>One exception: save-update is not PERSIST on a side that holds the foreign key of a to-one relationship (a
 * many-to-one, or the owning side of a one-to-one). JPA cascades PERSIST again at every flush from each managed
 * entity, and persisting a removed entity makes it managed again: {@code em.remove(parent)} would be silently
 * undone by any loaded child. Without the cascade, the parent is deleted, or the flush fails naming the child that
 * still references it. A to-one relationship with delete-orphan ({@code single_parent}) owns what it references, as
 * a collection owns its elements, and keeps the cascade.
 */
public enum JpaCascade {
    ALL(CascadeOption.ALL),
    PERSIST(CascadeOption.SAVE_UPDATE),
    MERGE(CascadeOption.MERGE),
    REMOVE(CascadeOption.DELETE),
    REFRESH(CascadeOption.REFRESH_EXPIRE),
    DETACH(CascadeOption.EXPUNGE);

    private static final Set<CascadeOption> EVERY_OPERATION = EnumSet.of(CascadeOption.SAVE_UPDATE,
            CascadeOption.MERGE, CascadeOption.DELETE, CascadeOption.REFRESH_EXPIRE, CascadeOption.EXPUNGE);

    private final CascadeOption word;

    JpaCascade(CascadeOption word) {
        this.word = word;
    }

    /**
     * The cascade types of SQLAlchemy's {@code options}; {@link #ALL} alone when every operation cascades. With
     * {@code passiveDeletes}, without {@code REMOVE}: the database deletes the rows (ON DELETE CASCADE), and a
     * cascaded remove would make Hibernate load every unloaded collection to remove its elements one by one, which
     * is what SQLAlchemy's {@code passive_deletes} avoids. With {@code holdsToOneForeignKey} (the relationship is the
     * to-one side that holds the foreign key and does not own what it references), without {@code PERSIST}.
     */
    static Set<JpaCascade> of(Set<CascadeOption> options, boolean passiveDeletes, boolean holdsToOneForeignKey) {
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
            return Collections.unmodifiableSet(EnumSet.of(ALL));
        }
        Set<JpaCascade> types = EnumSet.noneOf(JpaCascade.class);
        for (JpaCascade type : values()) {
            if (type != ALL && expanded.contains(type.word)) {
                types.add(type);
            }
        }
        return Collections.unmodifiableSet(types);
    }
}
