package io.github.schema2jpa.diagram;

import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.text.DiagramText;
import java.util.List;

/**
 * A Graphviz DOT graph: one record node per entity, one edge per relationship with crow's-foot ends. Every name is
 * escaped by {@link DiagramText} for the string it lands in, so none closes a string or adds a field or attribute.
 */
final class DotDiagramWriter implements DiagramWriter {

    @Override
    public String write(List<LinkedSchema> schemas) {
        DiagramModel model = DiagramModel.of(schemas);
        StringBuilder out = new StringBuilder("digraph schema {\n")
                .append("    rankdir=LR;\n")
                .append("    node [shape=record, fontname=\"Helvetica\"];\n")
                .append("    edge [dir=both, fontname=\"Helvetica\"];\n");
        for (DiagramModel.Box box : model.boxes()) {
            StringBuilder label = new StringBuilder("{")
                    .append(DiagramText.dotRecordText(box.entity() + " (" + box.table() + ")")).append('|');
            for (DiagramModel.Attribute attribute : box.attributes()) {
                label.append(DiagramText.dotRecordText(attribute.column() + " : " + attribute.type() + " ("
                        + attribute.key().marker() + ")")).append("\\l");
            }
            label.append('}');
            out.append("    ").append(quote(box.entity())).append(" [label=\"").append(label).append("\"];\n");
        }
        for (DiagramModel.Edge edge : model.edges()) {
            String tail = edge.optional() ? "teeodot" : "teetee";
            String head = switch (edge.kind()) {
                case ONE_TO_MANY, MANY_TO_ONE -> "crowodot";
                case ONE_TO_ONE -> "teeodot";
                case MANY_TO_MANY -> "crowodot";
            };
            if (edge.kind() == io.github.schema2jpa.schema.RelationshipKind.MANY_TO_MANY) {
                tail = "crowodot";
            }
            out.append("    ").append(quote(edge.from())).append(" -> ").append(quote(edge.to()))
                    .append(" [label=\"").append(DiagramText.dotString(edge.label())).append("\", arrowtail=").append(tail)
                    .append(", arrowhead=").append(head).append("];\n");
        }
        return out.append("}\n").toString();
    }

    private static String quote(String id) {
        return "\"" + DiagramText.dotString(id) + "\"";
    }
}
