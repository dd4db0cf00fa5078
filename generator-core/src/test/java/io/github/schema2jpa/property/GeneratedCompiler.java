package io.github.schema2jpa.property;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;

/** Compiles generated sources as a strict user build would: every warning an error. */
final class GeneratedCompiler {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private GeneratedCompiler() {
    }

    static void compile(Path sources, Path classes) throws IOException {
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(sources)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean compiled = COMPILER.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                String source = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName()
                        + ":" + diagnostic.getLineNumber() + ": ";
                messages.add(diagnostic.getKind() + " " + source + diagnostic.getMessage(Locale.ROOT));
            }
            if (!compiled || !messages.isEmpty()) {
                throw new AssertionError("generated code does not compile with -Xlint:all -Werror:\n"
                        + String.join("\n", messages));
            }
        }
    }
}
