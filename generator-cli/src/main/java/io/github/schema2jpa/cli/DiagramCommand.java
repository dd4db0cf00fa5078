package io.github.schema2jpa.cli;

import io.github.schema2jpa.DiagramFormat;
import io.github.schema2jpa.DiagramResult;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schema2jpa diagram}: prints an entity-relationship diagram of the schemas. */
@Command(
        name = "diagram",
        description = "Prints an entity-relationship diagram of the schemas to standard output.")
final class DiagramCommand extends SchemaCommand {

    @Option(
            names = "--format",
            paramLabel = "FORMAT",
            defaultValue = "mermaid",
            completionCandidates = FormatNames.class,
            description = "One of: ${COMPLETION-CANDIDATES}, in any case (default: ${DEFAULT-VALUE}).")
    DiagramFormat format;

    @Override
    public Integer call() {
        DiagramResult result = root.generator().diagram(schemas, format);
        if (report(result.diagnostics())) {
            return ExitCodes.FAILURE;
        }
        PrintWriter out = out();
        out.print(result.text().endsWith("\n") ? result.text() : result.text() + "\n");
        out.flush();
        return ExitCodes.OK;
    }

    /** The formats as users type them: {@code mermaid, dot}. */
    static final class FormatNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(DiagramFormat.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).iterator();
        }
    }
}
