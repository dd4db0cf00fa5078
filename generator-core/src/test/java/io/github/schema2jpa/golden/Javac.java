package io.github.schema2jpa.golden;

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

/** Compiles generated sources as a strict build would: {@code -Xlint:all -Werror}, against the test classpath. */
final class Javac {

    private Javac() {
    }

    /** Every message javac gave for the sources under {@code sources}, compiled into {@code classes}; empty if none. */
    static List<String> compile(Path sources, Path classes) throws IOException {
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> messages = new ArrayList<>();
        try (StandardJavaFileManager files = compiler.getStandardFileManager(diagnostics, null, null);
                Stream<Path> walk = Files.walk(sources)) {
            List<Path> javaFiles = walk.filter(file -> file.toString().endsWith(".java")).sorted().toList();
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean compiled = compiler.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                messages.add(diagnostic.getKind() + " " + diagnostic.getSource() + ":" + diagnostic.getLineNumber()
                        + " " + diagnostic.getMessage(null));
            }
            if (!compiled && messages.isEmpty()) {
                messages.add("javac failed without a message");
            }
        }
        return messages;
    }
}
