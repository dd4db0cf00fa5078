package io.github.schema2jpa.schema;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The text of every schema file read, kept so that diagnostics can quote the offending line. */
public final class SourceFiles {

    private final Map<String, List<String>> linesByFile = new HashMap<>();

    public void add(String file, String text) {
        linesByFile.put(file, text.lines().toList());
    }

    /** The lines of {@code file}, or {@code null} if it was never read. */
    public List<String> lines(String file) {
        return linesByFile.get(file);
    }
}
