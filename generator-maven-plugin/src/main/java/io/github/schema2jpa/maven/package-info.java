/**
 * The Maven plugin, a thin adapter over {@link io.github.schema2jpa.Schema2Jpa}: the {@code generate} goal finds the
 * schema files, builds a generation request from its parameters, adds the output folder to the compile source roots,
 * and skips the run when the generator's fingerprint of the request (schemas, parameters, the generator's version and
 * classes) is the one recorded at the last successful run and its files are all still there.
 */
package io.github.schema2jpa.maven;
