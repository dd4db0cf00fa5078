/**
 * Resolution: turns a {@link io.github.schema2jpa.link.LinkedSchema} into the generation model of Java entities:
 * class and property names, Java types, identifiers and the relationship properties with what keeps a pair in step.
 * It reads the linked facts (partner, owning side, key role, foreign key columns) and never links again; what the
 * schema language accepts but this generator cannot emit yet is reported here. A relationship side is one record of
 * the sealed {@link io.github.schema2jpa.resolve.RelationshipProperty} per shape (the side with the key of a to-one, a
 * one-to-many collection, the side of a one-to-one without the key, a many-to-many side, each in a pair or
 * one-directional), built by {@code RelationshipSides} and holding only what its shape's code needs; cascades are a
 * set of {@link io.github.schema2jpa.resolve.JpaCascade}, orderings a list of
 * {@link io.github.schema2jpa.resolve.Ordering}. Code that writes relationships handles every shape through
 * {@link io.github.schema2jpa.resolve.RelationshipProperty.Visitor}, so a new shape is a compile error wherever it is
 * not handled yet. A column's Java type comes from its type's facts
 * ({@link io.github.schema2jpa.schema.ColumnType.Facts}), its default is the value parsed when it was read.
 */
package io.github.schema2jpa.resolve;
