package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every source generated from every schema in the repository compiles against Jakarta Persistence and Hibernate
 * without a single warning under {@code -Xlint:all}.
 */
class GeneratedCodeCompilesTest {

    static List<Path> schemas() {
        return RepositorySchemas.all();
    }

    @ParameterizedTest
    @MethodSource("schemas")
    void compilesWithoutWarnings(Path schema, @TempDir Path work) throws IOException {
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), sources));
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.written()).isNotEmpty();

        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null)) {
            List<Path> javaFiles = javaFiles(sources);
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                messages.add(diagnostic.getKind() + " " + diagnostic.getSource() + ":" + diagnostic.getLineNumber() + " "
                        + diagnostic.getMessage(null));
            }
            assertThat(messages).isEmpty();
            assertThat(compiled).isTrue();
        }
    }

    private static List<Path> javaFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(file -> file.toString().endsWith(".java")).sorted().toList();
        }
    }
}
