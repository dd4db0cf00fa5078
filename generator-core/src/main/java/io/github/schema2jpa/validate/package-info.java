/**
 * Validation: every rule of the schema language, one rule class per concern, each reporting located diagnostics
 * with a hint and never stopping at the first problem. {@link io.github.schema2jpa.validate.SchemaValidator} runs the
 * table, column and foreign key rules, links the schema with the {@link io.github.schema2jpa.link.Linker}, checks the
 * linked relationships, then the names; it hands on the {@link io.github.schema2jpa.link.LinkedSchema}, which later
 * stages use only when there are no errors. {@code NamespaceRules} checks, after resolution, everything one run would
 * generate across schema files: {@code GeneratedTypes} the classes and their files, {@code ClassMembers} the fields
 * and methods of each class.
 */
package io.github.schema2jpa.validate;
