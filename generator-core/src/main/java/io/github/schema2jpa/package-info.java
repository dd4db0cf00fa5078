/**
 * The generator's entry point, {@link io.github.schema2jpa.Schema2Jpa}, which the command line and the build plugin
 * adapt: a {@link io.github.schema2jpa.GenerationRequest} (schemas, output folder, package, {@link
 * io.github.schema2jpa.GeneratorOptions}, targets) goes through the pipeline (load, validate, resolve, then each
 * target) and comes back as a result of plain values. {@link io.github.schema2jpa.Schema2Jpa#fingerprint} reduces
 * everything that decides what a generation writes (the request, the schema files, the naming strategy and the
 * {@link io.github.schema2jpa.GeneratorBuild}, version and classes) to one SHA-256, so that a build tool knows when
 * it has nothing to do.
 */
package io.github.schema2jpa;
