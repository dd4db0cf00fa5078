package io.github.schema2jpa.schema;

import java.util.Locale;

/** SQLAlchemy's cascade words. */
public enum CascadeOption implements Keyword {
    SAVE_UPDATE,
    MERGE,
    DELETE,
    DELETE_ORPHAN,
    REFRESH_EXPIRE,
    EXPUNGE,
    /** Shorthand for save-update, merge, refresh-expire, expunge and delete. */
    ALL;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
