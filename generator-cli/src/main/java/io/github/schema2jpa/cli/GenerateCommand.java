package io.github.schema2jpa.cli;

import io.github.schema2jpa.GenerationResult;
import java.nio.file.Path;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code schema2jpa generate}: writes the entities and prints one summary line. */
@Command(
        name = "generate",
        description = {
            "Writes the JPA entity classes that the schemas describe, then prints one summary line.",
            "Files that already hold the right content are left untouched; files an earlier run wrote that are no "
                    + "longer produced are removed; other files are never touched. Nothing is written when a schema "
                    + "has errors."
        })
final class GenerateCommand extends SchemaCommand {

    @Option(
            names = {"-o", "--output"},
            paramLabel = "DIR",
            defaultValue = "generated",
            description = "Root of the generated source tree; package folders go below it (default: ${DEFAULT-VALUE}).")
    void output(String value) {
        output = OptionValues.folder(spec, "--output", value);
    }

    Path output;

    @Mixin
    RequestOptions request;

    @Override
    public Integer call() {
        long start = System.nanoTime();
        GenerationResult result =
                root.generator().generate(request.request(schemas, output));
        Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
        if (report(result.diagnostics())) {
            return ExitCodes.FAILURE;
        }
        out().println(result.summaryLine(elapsed));
        return ExitCodes.OK;
    }
}
