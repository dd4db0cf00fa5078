package io.github.schema2jpa.output;

import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.diagnostic.Severity;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The list of files the generator wrote into an output directory, kept in that directory, and who wrote them. Only
 * files on this list are ever removed; anything else in the directory belongs to someone else.
 */
final class Manifest {

    static final String FILE_NAME = ".schema2jpa-manifest";
    private static final String HEADER = "# Files written by schema2jpa. It removes only these when they are no longer generated.";
    private static final String OWNER_PREFIX = "# owner: ";

    /**
     * What the manifest says.
     *
     * @param paths the relative paths it lists, with {@code /} separators, each with its line number
     * @param owner who wrote it, if it says
     * @param warnings entries ignored because they leave the output directory
     * @param exists whether there is a manifest at all
     */
    record Contents(Map<String, Integer> paths, Optional<String> owner, List<Diagnostic> warnings, boolean exists) {
    }

    private final Path file;

    Manifest(Path outputDirectory) {
        this.file = outputDirectory.resolve(FILE_NAME);
    }

    Path file() {
        return file;
    }

    /** Where a diagnostic about line {@code line} of the manifest points. */
    SourceLocation location(int line) {
        return new SourceLocation(file.toString(), line, 1);
    }

    Contents read() throws IOException {
        Map<String, Integer> paths = new LinkedHashMap<>();
        List<Diagnostic> warnings = new ArrayList<>();
        Optional<String> owner = Optional.empty();
        if (!Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Contents(paths, owner, warnings, false);
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String path = lines.get(i).strip();
            if (path.startsWith(OWNER_PREFIX)) {
                owner = Optional.of(path.substring(OWNER_PREFIX.length()).strip());
            } else if (path.isEmpty() || path.startsWith("#")) {
                continue;
            } else if (isSafe(path)) {
                paths.putIfAbsent(path, i + 1);
            } else {
                warnings.add(new Diagnostic(location(i + 1), Severity.WARNING, "manifest entry '" + path
                        + "' is not a file inside the output folder: ignored, nothing is removed for it", Optional.empty()));
            }
        }
        return new Contents(paths, owner, warnings, true);
    }

    /** The text of a manifest listing {@code paths}, written for {@code owner}. */
    static String content(Set<String> paths, Optional<String> owner) {
        List<String> lines = new ArrayList<>();
        lines.add(HEADER);
        owner.ifPresent(name -> lines.add(OWNER_PREFIX + name));
        lines.addAll(new TreeSet<>(paths));
        return String.join("\n", lines) + "\n";
    }

    /** Whether the manifest holds exactly {@code content}. */
    boolean holds(String content) throws IOException {
        return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
                && Files.readString(file, StandardCharsets.UTF_8).equals(content);
    }

    /**
     * A manifest entry must name a file inside the output directory, and not the generator's own files: no absolute
     * paths, no {@code ..} or {@code .}, no drive letters or backslashes.
     */
    static boolean isSafe(String path) {
        if (path.startsWith("/") || path.contains("\\") || path.contains(":") || path.indexOf('\0') >= 0) {
            return false;
        }
        List<String> parts = Arrays.asList(path.split("/", -1));
        return parts.stream().noneMatch(part -> part.isEmpty() || part.equals("..") || part.equals("."))
                && !parts.get(0).equals(FILE_NAME) && !parts.get(0).equals(OutputWriter.STAGING_DIRECTORY);
    }
}
