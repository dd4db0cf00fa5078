package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Runs the packaged {@code schema2jpa.jar} as users do: {@code java -jar}, in its own process. */
class ExecutableJarIT {

    private static final Path JAR = Path.of(System.getProperty("schema2jpa.jar", "target/schema2jpa.jar"));

    @TempDir
    Path temp;

    record Result(int exitCode, String out, String err) {
    }

    private Result run(String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-jar");
        command.add(JAR.toString());
        command.addAll(List.of(args));
        Path out = Files.createTempFile(temp, "stdout", ".txt");
        Path err = Files.createTempFile(temp, "stderr", ".txt");
        ProcessBuilder builder = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile());
        builder.environment().remove("NO_COLOR");
        Process process = builder.start();
        if (!process.waitFor(2, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("timed out: " + command);
        }
        return new Result(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static void assertNoStackTrace(Result result) {
        assertThat(result.out() + result.err()).doesNotContain("Exception", "\tat ");
    }

    @Test
    void version() throws Exception {
        Result result = run("--version");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).isEqualTo("schema2jpa " + Schema2Jpa.version() + "\n");
    }

    @Test
    void helpDocumentsTheExitCodes() throws Exception {
        Result result = run("--help");

        assertThat(result.exitCode()).isZero();
        assertThat(result.out()).contains("Usage: schema2jpa", "Exit codes:", "internal error");
    }

    @Test
    void aUsageErrorExitsWithTwo() throws Exception {
        Result result = run("generate", "--bogus", Cli.VALID);

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err()).contains("Unknown option: '--bogus'");
        assertNoStackTrace(result);
    }

    @Test
    void validate() throws Exception {
        Result valid = run("validate", Cli.VALID);
        Result broken = run("validate", Cli.BROKEN);

        assertThat(valid.exitCode()).isZero();
        assertThat(valid.out()).isEqualTo("packages.yaml: OK (2 entities)\n");
        assertThat(broken.exitCode()).isEqualTo(1);
        assertThat(broken.err())
                .containsPattern("(?m)^" + Cli.BROKEN + ":8:\\d+: error: ")
                .containsPattern("(?m)^ +\\^$")
                .doesNotContain("\u001B[");
        assertNoStackTrace(broken);
    }

    @Test
    void aMissingSchemaFileExitsWithOne() throws Exception {
        Result result = run("validate", "missing.yaml");

        assertThat(result.exitCode()).isEqualTo(1);
        assertThat(result.err()).contains("missing.yaml");
        assertNoStackTrace(result);
    }

    @Test
    void generateThenCheck() throws Exception {
        String out = temp.resolve("out").toString();

        Result before = run("check", "-o", out, Cli.VALID);
        Result generate = run("generate", "-o", out, Cli.VALID);
        Result after = run("check", "-o", out, Cli.VALID);

        assertThat(before.exitCode()).isEqualTo(1);
        assertThat(before.out()).contains("  missing  org/example/pypi/Package.java\n");
        assertThat(generate.exitCode()).isZero();
        assertThat(Path.of(out, "org/example/pypi/Release.java")).isRegularFile();
        long files = Cli.javaFiles(Path.of(out));
        assertThat(generate.out()).matches("Generated 2 entities from packages\\.yaml: " + files
                + " written, 0 unchanged, 0 removed \\(\\d+ ms\\)\n");
        assertThat(after.exitCode()).isZero();
        assertThat(after.out()).isEqualTo(out + " is up to date (" + files + " files)\n");
    }

    @Test
    void theRepositorysPypiSchema() throws Exception {
        Path out = temp.resolve("pypi");

        Result generate = run("generate", "-o", out.toString(), Cli.PYPI);

        assertThat(generate.exitCode()).isZero();
        assertThat(generate.out()).startsWith("Generated 2 entities from pypi.yaml: ");
        assertThat(out.resolve("org/example/pypi/Package.java")).isRegularFile();
        assertThat(run("check", "-o", out.toString(), Cli.PYPI).exitCode()).isZero();
    }

    @Test
    void diagram() throws Exception {
        Result mermaid = run("diagram", Cli.VALID);
        Result dot = run("diagram", "--format", "Dot", Cli.VALID);

        assertThat(mermaid.exitCode()).isZero();
        assertThat(mermaid.out()).contains("erDiagram", "Package", "Release");
        assertThat(dot.exitCode()).isZero();
        assertThat(dot.out()).contains("graph", "Package", "Release");
    }

    @Test
    void anInvalidArgumentNeverShowsAStackTrace() throws Exception {
        Result result = run("diagram", "--format", "svg", Cli.VALID);

        assertThat(result.exitCode()).isEqualTo(2);
        assertNoStackTrace(result);
    }
}
