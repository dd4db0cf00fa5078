/**
 * The schema as written: YAML read into an immutable model of tables, columns and relationships in SQLAlchemy's
 * vocabulary, every value with the place it was written, and {@link io.github.schema2jpa.schema.SchemaIndex}, the
 * look-ups over one file (tables by name and by entity, the foreign keys between two tables). Nothing here decides
 * what a relationship links; that is the {@link io.github.schema2jpa.link} package. Values are parsed once, where
 * they are read: keywords into enums, and a column's {@code default} into a typed {@link
 * io.github.schema2jpa.schema.ColumnDefault} by {@link io.github.schema2jpa.schema.ColumnDefaults}, which refuses
 * at the default's location what the column cannot hold. {@link io.github.schema2jpa.schema.ColumnType} holds every
 * fact of each column type (Java type, size options, large values, kind of default, SQL type family) in one place,
 * which the rules, the resolver and the emitters read instead of naming types.
 */
package io.github.schema2jpa.schema;
