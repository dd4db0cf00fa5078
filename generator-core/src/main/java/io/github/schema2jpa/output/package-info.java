/**
 * Writing generated files: {@link io.github.schema2jpa.output.OutputWriter} writes the files of every target
 * incrementally, all or nothing, through one staging folder, and keeps a manifest of what it wrote (each path with
 * the SHA-256 of its content) beside them, so that it removes only its own files, and only while they still hold
 * what it wrote. What a file holds, and its header, is the target's concern. {@link
 * io.github.schema2jpa.output.AtomicFiles} is the one way a file is replaced atomically.
 */
package io.github.schema2jpa.output;
