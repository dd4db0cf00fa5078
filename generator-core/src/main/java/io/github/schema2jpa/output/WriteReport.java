package io.github.schema2jpa.output;

import io.github.schema2jpa.diagnostic.Diagnostic;
import java.nio.file.Path;
import java.util.List;

/**
 * What writing the generated files did (or would do), paths relative to the output directory, sorted.
 *
 * @param written files created or changed
 * @param unchanged files that already had the right content and were left alone
 * @param removed files from an earlier run that are no longer generated
 * @param created files created for the user to edit, relative to the folder of hand-written sources
 * @param userFiles every file the user owns, created now or before, relative to the same folder
 * @param extra files in the generated folders that generation neither writes nor removes
 * @param manifestUpToDate whether the manifest already lists exactly the generated files
 * @param warnings what was ignored or kept, and why, each located in the manifest
 */
public record WriteReport(
        List<Path> written,
        List<Path> unchanged,
        List<Path> removed,
        List<Path> created,
        List<Path> userFiles,
        List<Path> extra,
        boolean manifestUpToDate,
        List<Diagnostic> warnings) {

    public WriteReport {
        written = List.copyOf(written);
        unchanged = List.copyOf(unchanged);
        removed = List.copyOf(removed);
        created = List.copyOf(created);
        userFiles = List.copyOf(userFiles);
        extra = List.copyOf(extra);
        warnings = List.copyOf(warnings);
    }
}
