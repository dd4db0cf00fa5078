/**
 * The command line, a thin adapter over {@link io.github.schema2jpa.Schema2Jpa} built with picocli: one class per
 * command ({@code generate}, {@code check}, {@code validate}, {@code diagram}), the options of a generation request
 * shared by {@code generate} and {@code check} (the same choices as the build plugin's parameters), option values
 * checked as they are parsed so that a bad one is a usage error, and exit codes that tell a schema error from a
 * usage error and an internal one.
 */
package io.github.schema2jpa.cli;
