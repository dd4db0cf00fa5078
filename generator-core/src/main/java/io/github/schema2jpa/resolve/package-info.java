/**
 * Resolution: turns a {@link io.github.schema2jpa.link.LinkedSchema} into the generation model of Java entities:
 * class and property names, Java types, identifiers and the relationship properties with what keeps a pair in step.
 * It reads the linked facts (partner, owning side, key role, foreign key columns) and never links again; what the
 * schema language accepts but this generator cannot emit yet is reported here.
 */
package io.github.schema2jpa.resolve;
