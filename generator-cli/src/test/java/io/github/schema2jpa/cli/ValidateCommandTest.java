package io.github.schema2jpa.cli;

import static io.github.schema2jpa.cli.UsageErrorTest.assertNoStackTrace;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ValidateCommandTest {

    @Test
    void aValidSchemaIsOkWithItsEntityCount() {
        Cli.Run run = Cli.run("validate", Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("packages.yaml: OK (2 entities)" + System.lineSeparator());
        assertThat(run.err()).isEmpty();
    }

    @Test
    void theRepositorysPypiSchemaIsValid() {
        Cli.Run run = Cli.run("validate", Cli.PYPI);

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("pypi.yaml: OK (2 entities)" + System.lineSeparator());
    }

    @Test
    void severalSchemasAreCountedTogether() {
        Cli.Run run = Cli.run("validate", Cli.VALID, "src/test/resources/schemas/users.yaml");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("packages.yaml, users.yaml: OK (3 entities)" + System.lineSeparator());
    }

    @Test
    void aBrokenSchemaIsReportedAsCompilerStyleDiagnostics() {
        Cli.Run run = Cli.run("validate", Cli.BROKEN);

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err())
                .containsPattern("(?m)^" + Cli.BROKEN + ":8:\\d+: error: .*nulable")
                .contains("      summary:      { type: string, nulable: false }")
                .containsPattern("(?m)^ +\\^$")
                .containsPattern("(?m)^" + Cli.BROKEN + ":11:\\d+: error: .*Relase")
                .containsPattern("(?m)^\\d+ errors$");
        assertNoStackTrace(run);
    }

    @Test
    void aMissingSchemaFileIsAnErrorWithoutStackTrace() {
        Cli.Run run = Cli.run("validate", "no/such/schema.yaml");

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("(?m)^no/such/schema\\.yaml:\\d+:\\d+: error: ");
        assertNoStackTrace(run);
    }

    @Test
    void validateWritesNothing() {
        Cli.Run run = Cli.run("validate", Cli.VALID);

        assertThat(run.exitCode()).isZero();
        assertThat(java.nio.file.Path.of("generated")).doesNotExist();
    }

    @Test
    void aSchemaNamedTwiceIsReadOnce() {
        Cli.Run run = Cli.run("validate", Cli.VALID, "./" + Cli.VALID);

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("packages.yaml: OK (2 entities)" + System.lineSeparator());
    }

    @Test
    void aSchemaWithoutJavaPackageIsValid() {
        Cli.Run run = Cli.run("validate", "src/test/resources/schemas/no-package.yaml");

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).isEqualTo("no-package.yaml: OK (1 entity)" + System.lineSeparator());
    }
}
