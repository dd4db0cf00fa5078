package io.github.schema2jpa;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

/**
 * What a generation (or a check) did. Paths are relative to the output directory, in a stable order. For a check,
 * {@code written} and {@code removed} name the files that a generation would write or remove: nothing was touched.
 *
 * @param schemas the schema files read
 * @param entities qualified names of the entity classes the schemas describe
 * @param written files written (new or changed content)
 * @param unchanged files whose content was already what it should be; left untouched
 * @param removed files written by an earlier run and no longer produced
 * @param created files created for the user to edit (the entity classes of customizable tables), relative to the
 *     user source directory; once they exist they are the user's, and never written again
 * @param userFiles every such file the targets call for, created now or before, relative to the user source
 *     directory: the build needs them all
 * @param diagnostics every error and warning; when any is an error nothing was written
 * @param extra files in the generated folders that generation neither writes nor removes: a class someone added
 *     there, a temporary file a killed run left; they keep the output from being what generation produces
 * @param manifestUpToDate whether the output directory's manifest lists exactly the generated files
 */
public record GenerationResult(
        List<Path> schemas,
        List<String> entities,
        List<Path> written,
        List<Path> unchanged,
        List<Path> removed,
        List<Path> created,
        List<Path> userFiles,
        List<Diagnostic> diagnostics,
        List<Path> extra,
        boolean manifestUpToDate) {

    public GenerationResult {
        extra = List.copyOf(extra);
        schemas = List.copyOf(schemas);
        entities = List.copyOf(entities);
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        created = List.copyOf(created);
        userFiles = List.copyOf(userFiles);
        diagnostics = List.copyOf(diagnostics);
    }

    /** A result with no extra files and an up-to-date manifest. */
    public GenerationResult(List<Path> schemas, List<String> entities, List<Path> written, List<Path> unchanged,
            List<Path> removed, List<Path> created, List<Path> userFiles, List<Diagnostic> diagnostics) {
        this(schemas, entities, written, unchanged, removed, created, userFiles, diagnostics, List.of(), true);
    }

    static GenerationResult failed(List<Path> schemas, List<Diagnostic> diagnostics) {
        return new GenerationResult(schemas, List.of(), List.of(), List.of(), List.of(), List.of(), List.of(),
                diagnostics);
    }

    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }

    /** True when the output directory already holds exactly what generation produces. */
    public boolean upToDate() {
        return !hasErrors() && written.isEmpty() && removed.isEmpty() && created.isEmpty() && extra.isEmpty()
                && manifestUpToDate;
    }

    /**
     * The one-line summary that the CLI and the plugin print, for example {@code Generated 2 entities from
     * pypi.yaml: 2 written, 0 unchanged, 0 removed (85 ms)}.
     */
    public String summaryLine(Duration elapsed) {
        String from = schemas.stream()
                .map(path -> path.getFileName() == null ? path.toString() : path.getFileName().toString())
                .collect(Collectors.joining(", "));
        return "Generated " + entities.size() + (entities.size() == 1 ? " entity" : " entities")
                + " from " + from + ": "
                + written.size() + " written, "
                + unchanged.size() + " unchanged, "
                + removed.size() + " removed"
                + (created.isEmpty() ? "" : ", " + created.size() + " created for you to edit")
                + " (" + elapsed.toMillis() + " ms)";
    }
}
