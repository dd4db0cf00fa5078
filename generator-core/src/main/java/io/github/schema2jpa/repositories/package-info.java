/**
 * The {@code repositories} output: one Spring Data {@code JpaRepository} interface per entity, beside the entity, with
 * a {@code findBy} method for each column that is unique on its own. Generated code that includes them needs
 * {@code spring-data-jpa} on the class path.
 */
package io.github.schema2jpa.repositories;
