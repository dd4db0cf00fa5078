package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.Set;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.Tag;

/** Small facts about SnakeYAML nodes: where they are, and what kind of value they hold. */
final class YamlNodes {

    /** The tags a schema may use, all of them implicit in plain YAML; any other tag is refused. */
    static final Set<Tag> ALLOWED_TAGS =
            Set.of(Tag.STR, Tag.INT, Tag.BOOL, Tag.FLOAT, Tag.NULL, Tag.MAP, Tag.SEQ, Tag.TIMESTAMP);

    private YamlNodes() {
    }

    static SourceLocation location(String file, Node node) {
        return location(file, node.getStartMark());
    }

    static SourceLocation location(String file, Mark mark) {
        return mark == null ? SourceLocation.ofFile(file) : new SourceLocation(file, mark.getLine() + 1, mark.getColumn() + 1);
    }

    static boolean isNull(Node node) {
        return node instanceof ScalarNode && node.getTag().equals(Tag.NULL);
    }

    /** A word for the kind of value a node holds, for messages such as "must be a list, not a mapping". */
    static String describe(Node node) {
        return switch (node.getNodeId()) {
            case mapping -> "a mapping";
            case sequence -> "a list";
            case anchor -> "an alias";
            case scalar -> {
                Tag tag = node.getTag();
                if (tag.equals(Tag.NULL)) {
                    yield "empty";
                } else if (tag.equals(Tag.BOOL)) {
                    yield "a boolean";
                } else if (tag.equals(Tag.INT) || tag.equals(Tag.FLOAT)) {
                    yield "a number";
                }
                yield "a string";
            }
        };
    }
}
