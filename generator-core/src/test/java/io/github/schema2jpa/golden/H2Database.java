package io.github.schema2jpa.golden;

import io.github.schema2jpa.testing.TestDatabase;

/**
 * An in-memory H2 database in every test run, for what only H2 takes (PostgreSQL refuses a NUL character in text,
 * say). Tests that should run on H2 and on PostgreSQL use {@link Database}.
 */
final class H2Database extends Database {

    H2Database() {
        super(TestDatabase.h2());
    }
}
