package io.github.schema2jpa.maven;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.codehaus.plexus.util.DirectoryScanner;

/**
 * The schema files of a run: those listed one by one, in their order, then those found in the schema directory, in
 * path order. Each file appears once. A listed file that does not exist stays in the list, so that the generator
 * reports it as an error.
 */
final class SchemaFiles {

    static final List<String> DEFAULT_INCLUDES = List.of("**/*.yaml", "**/*.yml");

    private final Path basedir;
    private final List<File> listed;
    private final File directory;
    private final List<String> includes;
    private final List<String> excludes;

    SchemaFiles(Path basedir, List<File> listed, File directory, List<String> includes, List<String> excludes) {
        this.basedir = basedir;
        this.listed = listed == null ? List.of() : listed;
        this.directory = directory;
        this.includes = includesOrDefault(includes);
        this.excludes = excludes == null ? List.of() : excludes;
    }

    static List<String> includesOrDefault(List<String> includes) {
        return includes == null || includes.isEmpty() ? DEFAULT_INCLUDES : includes;
    }

    /** Absolute, normalized paths. */
    List<Path> find() {
        Set<Path> files = new LinkedHashSet<>();
        for (File file : listed) {
            files.add(absolute(file.toPath()));
        }
        if (directory != null) {
            Path root = absolute(directory.toPath());
            if (Files.isDirectory(root)) {
                files.addAll(scan(root));
            }
        }
        return List.copyOf(files);
    }

    private List<Path> scan(Path root) {
        DirectoryScanner scanner = new DirectoryScanner();
        scanner.setBasedir(root.toFile());
        scanner.setIncludes(includes.toArray(String[]::new));
        scanner.setExcludes(excludes.toArray(String[]::new));
        scanner.addDefaultExcludes();
        scanner.scan();
        String[] found = scanner.getIncludedFiles();
        Arrays.sort(found);
        List<Path> files = new ArrayList<>();
        for (String relative : found) {
            files.add(root.resolve(relative).normalize());
        }
        return files;
    }

    private Path absolute(Path path) {
        return (path.isAbsolute() ? path : basedir.resolve(path)).normalize();
    }
}
