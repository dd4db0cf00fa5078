package io.github.schema2jpa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DisplayPathsTest {

    @TempDir
    Path root;

    @Test
    void aPathBelowTheWorkingDirectoryIsShownRelativeToIt() {
        assertThat(DisplayPaths.relativeTo(root, root.resolve("module/../schemas/pypi.yaml")))
                .isEqualTo(Path.of("schemas", "pypi.yaml"));
    }

    @Test
    void aPathElsewhereIsShownAbsolute() {
        Path elsewhere = root.resolveSibling("other/pypi.yaml");
        assertThat(DisplayPaths.relativeTo(root, elsewhere)).isEqualTo(elsewhere);
    }
}
