package io.github.schema2jpa.diagram;

/** Why a diagram shows a column: it is a key, in one of three ways. */
enum ColumnKey {
    PRIMARY("PK"),
    FOREIGN("FK"),
    UNIQUE("UK");

    private final String marker;

    ColumnKey(String marker) {
        this.marker = marker;
    }

    /** The marker both diagram languages write after the column: {@code PK}, {@code FK}, {@code UK}. */
    String marker() {
        return marker;
    }
}
