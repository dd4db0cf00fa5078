package io.github.schema2jpa.sample;

/**
 * How many statements of each kind ran; a JDBC batch counts once. Build the expected value with
 * {@code SqlCount.none().selects(1).inserts(3)}: every kind not named is expected to be zero.
 */
record SqlCount(int selects, int inserts, int updates, int deletes) {

    static SqlCount none() {
        return new SqlCount(0, 0, 0, 0);
    }

    SqlCount selects(int count) {
        return new SqlCount(count, inserts, updates, deletes);
    }

    SqlCount inserts(int count) {
        return new SqlCount(selects, count, updates, deletes);
    }

    SqlCount updates(int count) {
        return new SqlCount(selects, inserts, count, deletes);
    }

    SqlCount deletes(int count) {
        return new SqlCount(selects, inserts, updates, count);
    }

    @Override
    public String toString() {
        return selects + " select, " + inserts + " insert, " + updates + " update, " + deletes + " delete";
    }
}
