package io.github.schema2jpa.output;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of files the generator wrote into an output directory, kept in that directory. Only files on this list
 * are ever removed; anything else in the directory belongs to someone else.
 */
final class Manifest {

    static final String FILE_NAME = ".schema2jpa-manifest";
    private static final String HEADER = "# Files written by schema2jpa. It removes only these when they are no longer generated.";

    private final Path file;

    Manifest(Path outputDirectory) {
        this.file = outputDirectory.resolve(FILE_NAME);
    }

    /** The relative paths recorded by the last run, with {@code /} separators; empty when there was none. */
    Set<String> read() throws IOException {
        Set<String> paths = new TreeSet<>();
        if (Files.isRegularFile(file)) {
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                String path = line.strip();
                if (!path.isEmpty() && !path.startsWith("#") && isSafe(path)) {
                    paths.add(path);
                }
            }
        }
        return paths;
    }

    /** Writes the list, unless it already says exactly this. */
    void write(Set<String> paths) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        lines.addAll(new TreeSet<>(paths));
        String content = String.join("\n", lines) + "\n";
        if (Files.isRegularFile(file) && Files.readString(file, StandardCharsets.UTF_8).equals(content)) {
            return;
        }
        Files.writeString(file, content, StandardCharsets.UTF_8);
    }

    /** A manifest entry must stay inside the output directory: no absolute paths, no {@code ..}. */
    private static boolean isSafe(String path) {
        return !path.startsWith("/") && !path.contains("\\") && !path.contains(":")
                && java.util.Arrays.stream(path.split("/")).noneMatch(part -> part.equals("..") || part.isEmpty());
    }
}
