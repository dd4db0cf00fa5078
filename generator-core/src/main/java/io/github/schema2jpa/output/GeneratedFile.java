package io.github.schema2jpa.output;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One file a target produces, whatever it holds: its header or comment syntax is the target's concern.
 *
 * @param path where it goes, relative to the output directory ({@code org/example/pypi/Package.java})
 * @param content its full text
 * @param owner who owns the file once it exists
 */
public record GeneratedFile(Path path, String content, Owner owner) {

    /** Who owns a file, and so whether the generator may write it again. */
    public enum Owner {
        /** The generator: rewritten when its content changes, removed when it is no longer produced. */
        GENERATOR,
        /**
         * The user: created once, in the folder of hand-written sources, when it does not exist; never written,
         * removed or listed in the manifest after that.
         */
        USER
    }

    public GeneratedFile(Path path, String content) {
        this(path, content, Owner.GENERATOR);
    }

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        Objects.requireNonNull(owner, "owner");
        if (path.isAbsolute()) {
            throw new IllegalArgumentException("generated file paths are relative: " + path);
        }
    }
}
