package io.github.schema2jpa.schema;

import java.util.Locale;

/** What the database does to referencing rows when the referenced row is deleted or updated. */
public enum ReferentialAction implements Keyword {
    CASCADE,
    SET_NULL,
    RESTRICT,
    NO_ACTION;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
