package io.github.schema2jpa.maven;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GeneratorBuild;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;

/**
 * A SHA-256 of everything a generation depends on: the generator's fingerprint of the request (the generator's
 * version and classes, every parameter, each schema file's path and bytes). Two runs with the same digest produce
 * the same sources.
 *
 * @param value the digest in hexadecimal
 */
record InputDigest(String value) {

    /** The digest of {@code request} for the generator running now. */
    static InputDigest of(GenerationRequest request) throws IOException {
        return of(request, GeneratorBuild.current().id());
    }

    /** The digest of {@code request} for the generator {@code generator}: its version, and its classes' hash. */
    static InputDigest of(GenerationRequest request, String generator) throws IOException {
        return new InputDigest(new Schema2Jpa().fingerprint(request, generator));
    }
}
