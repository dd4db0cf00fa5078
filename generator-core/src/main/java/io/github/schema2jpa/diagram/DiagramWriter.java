package io.github.schema2jpa.diagram;

import io.github.schema2jpa.DiagramFormat;
import io.github.schema2jpa.link.LinkedSchema;
import java.util.List;

/** Draws the entities of valid schemas and their relationships as text. */
public interface DiagramWriter {

    static DiagramWriter of(DiagramFormat format) {
        return switch (format) {
            case MERMAID -> new MermaidDiagramWriter();
            case DOT -> new DotDiagramWriter();
        };
    }

    String write(List<LinkedSchema> schemas);
}
