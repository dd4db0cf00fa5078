package io.github.schema2jpa.maven;

import java.nio.file.Path;

/**
 * Paths as the plugin shows them. Diagnostics name schema files the way the generator was given them, so the plugin
 * gives them relative to Maven's working directory when they are below it ({@code schemas/pypi.yaml:8:32: error:
 * ...} from the root of a multi-module build) and absolute otherwise; either form opens from the console.
 */
final class DisplayPaths {

    private DisplayPaths() {
    }

    static Path relativeToWorkingDirectory(Path path) {
        return relativeTo(Path.of("").toAbsolutePath(), path);
    }

    static Path relativeTo(Path workingDirectory, Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path base = workingDirectory.toAbsolutePath().normalize();
        if (absolute.startsWith(base) && !absolute.equals(base)) {
            return base.relativize(absolute);
        }
        return absolute;
    }
}
