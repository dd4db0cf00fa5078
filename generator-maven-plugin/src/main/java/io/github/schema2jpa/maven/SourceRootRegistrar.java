package io.github.schema2jpa.maven;

import java.nio.file.Path;
import org.apache.maven.project.MavenProject;

/** Makes the generated sources part of what the project compiles. */
final class SourceRootRegistrar {

    private final MavenProject project;

    SourceRootRegistrar(MavenProject project) {
        this.project = project;
    }

    /** Adds {@code directory} to the compile source roots, once, whether or not it exists yet. */
    void addCompileSourceRoot(Path directory) {
        String root = directory.toAbsolutePath().normalize().toString();
        if (!project.getCompileSourceRoots().contains(root)) {
            project.addCompileSourceRoot(root);
        }
    }
}
