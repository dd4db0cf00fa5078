package io.github.schema2jpa.maven;

import io.github.schema2jpa.GenerationRequest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A SHA-256 digest of everything a generation depends on: the generator's version, every parameter of the request,
 * and each schema file's path and bytes. Two runs with the same digest produce the same sources.
 *
 * @param value the digest in hexadecimal
 */
record InputDigest(String value) {

    static InputDigest of(GenerationRequest request, String generatorVersion) throws IOException {
        MessageDigest sha = sha256();
        field(sha, "generator", generatorVersion);
        field(sha, "outputDirectory", normalized(request.outputDirectory()));
        field(sha, "userSourceDirectory", normalized(request.userSources()));
        field(sha, "packageName", request.packageName().orElse(""));
        field(sha, "packageNameGiven", String.valueOf(request.packageName().isPresent()));
        field(sha, "timestampWithTimeZone", request.options().timestampWithTimeZone().name());
        field(sha, "sequenceAllocationSize", String.valueOf(request.options().sequenceAllocationSize()));
        field(sha, "schemaCount", String.valueOf(request.schemas().size()));
        for (Path schema : request.schemas()) {
            field(sha, "schema", normalized(schema));
            try {
                bytes(sha, Files.readAllBytes(schema));
            } catch (NoSuchFileException e) {
                // never up to date: a missing file fails generation, so no digest is ever recorded with it
                field(sha, "missing", normalized(schema));
            }
        }
        return new InputDigest(HexFormat.of().formatHex(sha.digest()));
    }

    private static String normalized(Path path) {
        return path.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    private static void field(MessageDigest sha, String name, String value) {
        bytes(sha, name.getBytes(StandardCharsets.UTF_8));
        bytes(sha, value.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so that no two different inputs run together into the same bytes. */
    private static void bytes(MessageDigest sha, byte[] bytes) {
        sha.update(java.nio.ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
        sha.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
