package io.github.schema2jpa.cli;

import io.github.schema2jpa.ValidationResult;
import picocli.CommandLine.Command;

/** {@code schema2jpa validate}: reports the schemas' problems; writes nothing. */
@Command(
        name = "validate",
        description = "Checks the schemas and reports every problem found; writes nothing.")
final class ValidateCommand extends SchemaCommand {

    @Override
    public Integer call() {
        ValidationResult result = root.generator().validate(schemas);
        if (report(result.diagnostics())) {
            return ExitCodes.FAILURE;
        }
        int entities = result.entities();
        out().println(schemaNames(result.schemas()) + ": OK (" + entities + (entities == 1 ? " entity)" : " entities)"));
        return ExitCodes.OK;
    }
}
