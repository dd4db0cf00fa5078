/**
 * Targets: the outputs of the generator. A {@link io.github.schema2jpa.targets.Target} turns the compiled schemas
 * ({@link io.github.schema2jpa.targets.TargetInput}) into files, each with the header and comment syntax of its
 * kind; {@link io.github.schema2jpa.targets.Targets} lists the targets the command line and the build plugin offer,
 * by name. JPA entity sources ({@link io.github.schema2jpa.emit.EntitySources}) are the default target; the output
 * writer, the manifest and {@code check} work alike for every target.
 */
package io.github.schema2jpa.targets;
