package io.github.schema2jpa.output;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The generated files beside what the output directory holds: what to write, leave, remove or create, and what is
 * there that generation does not account for.
 *
 * @param changed generated files that are missing or differ
 * @param unchanged generated files that already hold their content
 * @param stale files of an earlier run that are no longer generated and may be removed
 * @param created files the user owns that are to be created
 * @param userFiles every file the user owns
 * @param extra files in the generated folders that generation neither writes nor removes
 * @param manifestUpToDate whether the manifest already is what this run writes
 * @param warnings what was ignored or kept, and why
 * @param manifestContent the manifest this run writes
 */
record Comparison(
        List<Path> changed,
        List<Path> unchanged,
        List<Path> stale,
        List<Path> created,
        List<Path> userFiles,
        List<Path> extra,
        boolean manifestUpToDate,
        List<Diagnostic> warnings,
        String manifestContent) {

    WriteReport report() {
        return new WriteReport(changed, unchanged, stale, created, userFiles, extra, manifestUpToDate, warnings);
    }

    /** Compares {@code files} with the output directory of {@code writer}; reads, never writes. */
    static Comparison of(List<GeneratedFile> files, Path outputDirectory, Path userDirectory, Manifest manifest,
            Optional<String> owner) throws IOException {
        return new Comparer(files, outputDirectory, userDirectory, manifest, owner).compare();
    }

    static List<GeneratedFile> owned(List<GeneratedFile> files, GeneratedFile.Owner owner) {
        return files.stream().filter(file -> file.owner() == owner).toList();
    }
}
