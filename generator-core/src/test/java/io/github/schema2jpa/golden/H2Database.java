package io.github.schema2jpa.golden;

/**
 * The name older tests use for {@link Database}: despite it, the database of this test run, H2 or PostgreSQL.
 * New tests use {@code new Database()}.
 */
final class H2Database extends Database {
}
