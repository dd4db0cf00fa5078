/**
 * DDL: the script that creates the tables, keys, constraints, indexes and sequences the schemas describe, for one
 * database ({@link io.github.schema2jpa.ddl.SqlDialect}), with the names the generated entities declare
 * ({@link io.github.schema2jpa.ddl.DdlWriter}).
 */
package io.github.schema2jpa.ddl;
