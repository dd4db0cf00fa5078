package io.github.schema2jpa;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The generator as built: its version, and a SHA-256 of its own classes (the jar they come from, or every file of
 * the folder they are loaded from), so that two builds of one snapshot version are told apart.
 *
 * @param version the version, as built
 * @param classesSha256 the SHA-256 of the classes in hexadecimal; {@code unknown} when they cannot be read
 */
public record GeneratorBuild(String version, String classesSha256) {

    private static final String UNKNOWN = "unknown";

    /** The generator running now; its classes are hashed once. */
    public static GeneratorBuild current() {
        return Current.BUILD;
    }

    /** A build of {@code version} whose classes are the jar or the folder {@code classes}. */
    public static GeneratorBuild of(String version, Path classes) throws IOException {
        return new GeneratorBuild(version, Fingerprint.hex(sha -> hash(sha, classes)));
    }

    /** What a digest of generation inputs records of the generator: version and classes. */
    public String id() {
        return version + " classes-sha256=" + classesSha256;
    }

    private static void hash(MessageDigest sha, Path classes) throws IOException {
        if (Files.isRegularFile(classes)) {
            sha.update(Files.readAllBytes(classes));
            return;
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(classes)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            Fingerprint.update(sha, classes.relativize(file).toString().replace('\\', '/'));
            Fingerprint.update(sha, Files.readAllBytes(file));
        }
    }

    /** Where the generator's classes are loaded from, when that is a jar or a folder. */
    private static Optional<Path> codeSource() {
        CodeSource source = GeneratorBuild.class.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null || !"file".equals(source.getLocation().getProtocol())) {
            return Optional.empty();
        }
        try {
            return Optional.of(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** Hashed on first use. */
    private static final class Current {

        static final GeneratorBuild BUILD = build();

        private static GeneratorBuild build() {
            Optional<Path> classes = codeSource();
            if (classes.isEmpty()) {
                return new GeneratorBuild(Schema2Jpa.version(), UNKNOWN);
            }
            try {
                return of(Schema2Jpa.version(), classes.get());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the generator's classes in " + classes.get(), e);
            }
        }
    }
}
