package io.github.schema2jpa.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Collects diagnostics while a stage runs, so that every problem is reported at once rather than the first alone.
 * The source line of each diagnostic is looked up through the given function (file name to its lines).
 */
public final class Diagnostics {

    private final List<Diagnostic> collected = new ArrayList<>();
    private final Function<String, List<String>> sourceLines;

    public Diagnostics(Function<String, List<String>> sourceLines) {
        this.sourceLines = sourceLines;
    }

    public void error(SourceLocation location, String message) {
        add(location, Severity.ERROR, message);
    }

    public void warning(SourceLocation location, String message) {
        add(location, Severity.WARNING, message);
    }

    private void add(SourceLocation location, Severity severity, String message) {
        collected.add(new Diagnostic(location, severity, message, lineAt(location)));
    }

    private Optional<String> lineAt(SourceLocation location) {
        List<String> lines = sourceLines.apply(location.file());
        if (lines == null || location.line() < 1 || location.line() > lines.size()) {
            return Optional.empty();
        }
        return Optional.of(lines.get(location.line() - 1));
    }

    public boolean hasErrors() {
        return collected.stream().anyMatch(Diagnostic::isError);
    }

    /** Everything collected, ordered by file, line and column so that output reads top to bottom. */
    public List<Diagnostic> all() {
        List<Diagnostic> sorted = new ArrayList<>(collected);
        sorted.sort(Comparator.comparing((Diagnostic d) -> d.location().file())
                .thenComparingInt(d -> d.location().line())
                .thenComparingInt(d -> d.location().column()));
        return List.copyOf(sorted);
    }
}
