/**
 * Linking: the step between validation and every output. {@link io.github.schema2jpa.link.Linker} links a loaded
 * schema once, as SQLAlchemy would: it infers each relationship's direction and foreign key, pairs the relationships
 * that name each other in {@code back_populates}, decides which side owns each (holds the foreign key or the
 * {@code @JoinTable}) and what its foreign key is to the declaring table's primary key, and resolves foreign keys to
 * the columns they reference. It reports what cannot be linked as diagnostics and never throws. Its result, the
 * immutable {@link io.github.schema2jpa.link.LinkedSchema} of {@link io.github.schema2jpa.link.LinkedTable}s and
 * {@link io.github.schema2jpa.link.LinkedRelationship}s, is what the Java resolver, the diagram and any other target
 * read; none of them links again.
 */
package io.github.schema2jpa.link;
