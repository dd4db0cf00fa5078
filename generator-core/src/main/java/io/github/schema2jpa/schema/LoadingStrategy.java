package io.github.schema2jpa.schema;

import java.util.Locale;

/** SQLAlchemy's {@code lazy=} loading strategies. */
public enum LoadingStrategy implements Keyword {
    /** Load on first access with one SELECT (the default). */
    SELECT,
    /** Load together with the parent through a JOIN. */
    JOINED,
    /** Load for all loaded parents at once with SELECT ... IN. */
    SELECTIN,
    /** Refuse to load: touching the unloaded relationship is an error. */
    RAISE;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
