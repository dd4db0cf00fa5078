package io.github.schema2jpa.diagnostic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Collects diagnostics while a stage runs, so that every problem is reported at once rather than the first alone.
 * The source line of each diagnostic is looked up in the files' text, where each location is placed as an editor
 * counts lines.
 */
public final class Diagnostics {

    private final List<Diagnostic> collected = new ArrayList<>();
    private final SourceText sources;

    public Diagnostics(SourceText sources) {
        this.sources = sources;
    }

    public void error(SourceLocation location, String message) {
        add(location, Severity.ERROR, message);
    }

    public void warning(SourceLocation location, String message) {
        add(location, Severity.WARNING, message);
    }

    private void add(SourceLocation location, Severity severity, String message) {
        SourceLocation placed = sources.place(location);
        collected.add(new Diagnostic(placed, severity, message, lineAt(placed)));
    }

    private Optional<String> lineAt(SourceLocation location) {
        List<String> lines = sources.lines(location.file());
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
