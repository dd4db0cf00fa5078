package io.github.schema2jpa;

import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.targets.Target;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One SHA-256 of everything that decides what a generation writes: the generator, the naming strategy, every
 * component of the request and of its options, and each schema file's path and bytes. Two runs with the same
 * fingerprint write the same files. A component added to {@link GenerationRequest} or {@link GeneratorOptions} is
 * added here too; a test fails until it is.
 */
final class Fingerprint {

    private final MessageDigest sha = sha256();

    private Fingerprint() {
    }

    static String of(GenerationRequest request, NamingStrategy naming, String generator) throws IOException {
        Fingerprint fingerprint = new Fingerprint();
        fingerprint.field("generator", generator);
        fingerprint.field("naming", naming.getClass().getName());
        fingerprint.field("outputDirectory", normalized(request.outputDirectory()));
        fingerprint.field("userSourceDirectory", normalized(request.userSources()));
        fingerprint.field("packageName", request.packageName().orElse(""));
        fingerprint.field("packageNameGiven", String.valueOf(request.packageName().isPresent()));
        fingerprint.field("owner", request.owner().orElse(""));
        fingerprint.field("ownerGiven", String.valueOf(request.owner().isPresent()));
        fingerprint.options(request.options());
        fingerprint.field("targetCount", String.valueOf(request.targets().size()));
        for (Target target : request.targets()) {
            fingerprint.field("target", target.name());
        }
        fingerprint.schemas(request);
        return HexFormat.of().formatHex(fingerprint.sha.digest());
    }

    private void options(GeneratorOptions options) {
        field("timestampWithTimeZone", options.timestampWithTimeZone().name());
        field("sequenceAllocationSize", String.valueOf(options.sequenceAllocationSize()));
        field("repositories", String.valueOf(options.repositories()));
    }

    private void schemas(GenerationRequest request) throws IOException {
        field("schemaCount", String.valueOf(request.schemas().size()));
        for (Path schema : request.schemas()) {
            field("schema", normalized(schema));
            try {
                update(sha, Files.readAllBytes(schema));
            } catch (NoSuchFileException e) {
                // never up to date: a missing file fails generation, so no fingerprint is ever recorded with it
                field("missing", normalized(schema));
            }
        }
    }

    private void field(String name, String value) {
        update(sha, name);
        update(sha, value);
    }

    private static String normalized(Path path) {
        return path.toAbsolutePath().normalize().toString().replace('\\', '/');
    }

    /** What a computation adds to a digest. */
    interface Input {
        void addTo(MessageDigest sha) throws IOException;
    }

    /** The SHA-256 of what {@code input} adds, in hexadecimal. */
    static String hex(Input input) throws IOException {
        MessageDigest sha = sha256();
        input.addTo(sha);
        return HexFormat.of().formatHex(sha.digest());
    }

    static void update(MessageDigest sha, String text) {
        update(sha, text.getBytes(StandardCharsets.UTF_8));
    }

    /** Length-prefixed, so that no two different inputs run together into the same bytes. */
    static void update(MessageDigest sha, byte[] bytes) {
        sha.update(ByteBuffer.allocate(Long.BYTES).putLong(bytes.length).array());
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
