package io.github.schema2jpa.cli;

import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.output.OutputWriter;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code schema2jpa check}: tells whether a directory holds exactly what generate would write; writes nothing. */
@Command(
        name = "check",
        description = {
            "Checks that DIR holds exactly what generate would write there, and writes nothing.",
            "Lists the files that are missing or differ (generate would write them), the stale ones (generate "
                    + "would remove them) and the extra ones (in a generated package, not generated: generate leaves "
                    + "them), relative to DIR, and exits with 1 when there are any."
        })
final class CheckCommand extends SchemaCommand {

    private static final String MANIFEST = OutputWriter.MANIFEST;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            required = true,
            description = "Root of the generated source tree to check.")
    void output(String value) {
        output = OptionValues.folder(spec, "--output", value);
    }

    Path output;

    @Mixin
    RequestOptions request;

    @Override
    public Integer call() {
        GenerationResult result =
                root.generator().check(request.request(schemas, output));
        if (report(result.diagnostics())) {
            return ExitCodes.FAILURE;
        }
        PrintWriter out = out();
        if (result.upToDate()) {
            int files = result.unchanged().size();
            out.println(output + " is up to date (" + files + (files == 1 ? " file)" : " files)"));
            return ExitCodes.OK;
        }
        out.println(output + " is not up to date; run generate to update it:");
        for (Path file : result.written()) {
            out.println((Files.exists(output.resolve(file)) ? "  differs  " : "  missing  ") + slashed(file));
        }
        for (Path file : result.removed()) {
            out.println("  stale    " + slashed(file));
        }
        for (Path file : result.created()) {
            out.println("  missing  " + slashed(file) + " (yours to edit, created once)");
        }
        if (!result.manifestUpToDate()) {
            Path manifest = output.resolve(MANIFEST);
            out.println((Files.exists(manifest) ? "  differs  " : "  missing  ") + MANIFEST
                    + " (the list of files generate wrote, so that it removes only those)");
        }
        for (Path file : result.extra()) {
            out.println("  extra    " + slashed(file) + " (not generated: generate leaves it; move or delete it)");
        }
        return ExitCodes.FAILURE;
    }

    /** The same text on every platform: {@code org/example/Package.java}. */
    private static String slashed(Path relative) {
        return StreamSupport.stream(relative.spliterator(), false).map(Path::toString).collect(Collectors.joining("/"));
    }
}
