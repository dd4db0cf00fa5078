/**
 * The schema as written: YAML read into an immutable model of tables, columns and relationships in SQLAlchemy's
 * vocabulary, every value with the place it was written, and {@link io.github.schema2jpa.schema.SchemaIndex}, the
 * look-ups over one file (tables by name and by entity, the foreign keys between two tables). Nothing here decides
 * what a relationship links; that is the {@link io.github.schema2jpa.link} package.
 */
package io.github.schema2jpa.schema;
