package io.github.schema2jpa.diagram;

import io.github.schema2jpa.schema.SchemaIndex;
import java.util.List;

/** A Mermaid {@code erDiagram}, which code hosting sites render in Markdown. */
final class MermaidDiagramWriter implements DiagramWriter {

    @Override
    public String write(List<SchemaIndex> schemas) {
        DiagramModel model = DiagramModel.of(schemas);
        StringBuilder out = new StringBuilder("erDiagram\n");
        for (DiagramModel.Box box : model.boxes()) {
            out.append("    ").append(box.entity()).append("[\"").append(box.entity()).append(" (")
                    .append(box.table()).append(")\"] {\n");
            for (DiagramModel.Attribute attribute : box.attributes()) {
                out.append("        ").append(attribute.type()).append(' ').append(attribute.column()).append(' ')
                        .append(attribute.key()).append('\n');
            }
            out.append("    }\n");
        }
        for (DiagramModel.Edge edge : model.edges()) {
            out.append("    ").append(edge.from()).append(' ').append(connector(edge)).append(' ').append(edge.to())
                    .append(" : \"").append(edge.label()).append("\"\n");
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
