package io.github.schema2jpa.cli;

import io.github.schema2jpa.DdlResult;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.ddl.SqlDialect;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Iterator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code schema2jpa ddl}: prints the script that creates what the schemas describe, for one database. */
@Command(
        name = "ddl",
        description = "Prints the SQL script that creates the tables, keys, constraints, indexes and sequences the "
                + "schemas describe, with the names the generated entities use.")
final class DdlCommand extends SchemaCommand {

    @Option(
            names = "--dialect",
            paramLabel = "DIALECT",
            required = true,
            completionCandidates = DialectNames.class,
            description = "The database: one of ${COMPLETION-CANDIDATES}, in any case (mariadb also for MySQL).")
    SqlDialect dialect;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Writes the script to FILE instead.")
    Path output;

    @Override
    public Integer call() throws IOException {
        DdlResult result = root.generator().ddl(schemas, dialect, GeneratorOptions.defaults());
        if (report(result.diagnostics())) {
            return ExitCodes.FAILURE;
        }
        if (output != null) {
            Files.writeString(output, result.text(), StandardCharsets.UTF_8);
            return ExitCodes.OK;
        }
        PrintWriter out = out();
        out.print(result.text());
        out.flush();
        return ExitCodes.OK;
    }

    /** The dialects as users type them: {@code postgresql, h2, mariadb, sqlserver, oracle}. */
    static final class DialectNames implements Iterable<String> {
        @Override
        public Iterator<String> iterator() {
            return Arrays.stream(SqlDialect.values()).map(SqlDialect::word).iterator();
        }
    }
}
