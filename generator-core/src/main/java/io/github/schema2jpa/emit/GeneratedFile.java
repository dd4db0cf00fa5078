package io.github.schema2jpa.emit;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One generated source file.
 *
 * @param path where it goes, relative to the output directory ({@code org/example/pypi/Package.java})
 * @param content its full text
 */
public record GeneratedFile(Path path, String content) {

    public GeneratedFile {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(content, "content");
        if (path.isAbsolute()) {
            throw new IllegalArgumentException("generated file paths are relative: " + path);
        }
    }
}
