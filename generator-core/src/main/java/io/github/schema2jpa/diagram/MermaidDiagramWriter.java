package io.github.schema2jpa.diagram;

import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.text.DiagramText;
import java.util.List;

/**
 * A Mermaid {@code erDiagram}, which code hosting sites render in Markdown. Every name goes through
 * {@link DiagramText}: identifiers that are not plain ASCII are encoded, and labels hold entity codes for anything
 * but letters, digits and a few punctuation marks.
 */
final class MermaidDiagramWriter implements DiagramWriter {

    @Override
    public String write(List<LinkedSchema> schemas) {
        DiagramModel model = DiagramModel.of(schemas);
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (DiagramModel.Box box : model.boxes()) {
            out.append("    ").append(DiagramText.mermaidId(box.entity())).append("[\"")
                    .append(DiagramText.mermaidText(box.entity() + " (" + box.table() + ")")).append("\"] {\n");
            for (DiagramModel.Attribute attribute : box.attributes()) {
                String column = DiagramText.mermaidId(attribute.column());
                out.append("        ").append(attribute.type()).append(' ').append(column).append(' ')
                        .append(attribute.key().marker());
                if (!column.equals(attribute.column())) {
                    out.append(" \"").append(DiagramText.mermaidText(attribute.column())).append('"');
                }
                out.append('\n');
            }
            out.append("    }\n");
        }
        for (DiagramModel.Edge edge : model.edges()) {
            out.append("    ").append(DiagramText.mermaidId(edge.from())).append(' ').append(connector(edge)).append(' ')
                    .append(DiagramText.mermaidId(edge.to())).append(" : \"").append(DiagramText.mermaidText(edge.label()))
                    .append("\"\n");
        }
        return out.toString();
    }

    private static String connector(DiagramModel.Edge edge) {
        String left = edge.optional() ? "|o" : "||";
        return switch (edge.kind()) {
            case ONE_TO_MANY, MANY_TO_ONE -> left + "--o{";
            case ONE_TO_ONE -> left + "--o|";
            case MANY_TO_MANY -> "}o--o{";
        };
    }

}
