package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a schema file into located YAML nodes, safely: no custom tags or object construction (only the node API is
 * used), and bounded aliases, nesting and size, so that a hostile file fails fast with a diagnostic.
 */
public final class SchemaLoader {

    /** Largest schema file accepted, in characters. */
    static final int MAX_CODE_POINTS = 4 * 1024 * 1024;
    /** Most aliases to lists or mappings in one file (a "billion laughs" file needs many). */
    static final int MAX_COLLECTION_ALIASES = 16;
    /** Deepest nesting of lists and mappings; a schema needs about six. */
    static final int MAX_NESTING_DEPTH = 32;

    private final SourceFiles sources;

    public SchemaLoader(SourceFiles sources) {
        this.sources = sources;
    }

    /**
     * Loads one schema file. Problems go to {@code diagnostics}; the result is empty when the file could not be read
     * as YAML at all, and otherwise holds every part that could be read.
     */
    public Optional<SchemaFile> load(Path path, Diagnostics diagnostics) {
        String file = path.toString();
        String text;
        try {
            text = decode(Files.readAllBytes(path));
        } catch (NoSuchFileException e) {
            diagnostics.error(SourceLocation.ofFile(file), "schema file not found");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            diagnostics.error(SourceLocation.ofFile(file), "schema file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(SourceLocation.ofFile(file), "cannot read schema file: " + e.getMessage());
            return Optional.empty();
        }
        sources.add(file, text);
        return parse(file, text, diagnostics).flatMap(root -> new SchemaReader(file, diagnostics).read(root));
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }

    private Optional<Node> parse(String file, String text, Diagnostics diagnostics) {
        if (text.length() > MAX_CODE_POINTS) {
            diagnostics.error(SourceLocation.ofFile(file),
                    "schema file is too large (" + text.length() + " characters; at most " + MAX_CODE_POINTS + ")");
            return Optional.empty();
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by MappingReader, with both positions
        options.setMaxAliasesForCollections(MAX_COLLECTION_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        Node root;
        try {
            root = new Yaml(options).compose(new StringReader(text));
        } catch (MarkedYAMLException e) {
            SourceLocation location = YamlNodes.location(file, e.getProblemMark());
            diagnostics.error(location, "invalid YAML: " + describe(e));
            return Optional.empty();
        } catch (YAMLException e) {
            diagnostics.error(SourceLocation.ofFile(file), "invalid YAML: " + firstLine(e.getMessage()));
            return Optional.empty();
        }
        if (root == null) {
            diagnostics.error(SourceLocation.ofFile(file), "schema file is empty");
            return Optional.empty();
        }
        return checkTags(file, root, diagnostics) ? Optional.of(root) : Optional.empty();
    }

    /** Refuses explicit tags such as {@code !!python/object} anywhere in the document. */
    private static boolean checkTags(String file, Node root, Diagnostics diagnostics) {
        boolean ok = true;
        Map<Node, Boolean> seen = new IdentityHashMap<>();
        Deque<Node> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            Node node = pending.pop();
            if (seen.put(node, Boolean.TRUE) != null) {
                continue;
            }
            if (!YamlNodes.ALLOWED_TAGS.contains(node.getTag())) {
                diagnostics.error(YamlNodes.location(file, node),
                        "tag '" + node.getTag().getValue() + "' is not allowed in a schema");
                ok = false;
            }
            if (node instanceof MappingNode mapping) {
                for (NodeTuple tuple : mapping.getValue()) {
                    pending.push(tuple.getValueNode());
                    pending.push(tuple.getKeyNode());
                }
            } else if (node instanceof SequenceNode sequence) {
                sequence.getValue().forEach(pending::push);
            }
        }
        return ok;
    }

    private static String describe(MarkedYAMLException e) {
        String problem = e.getProblem() == null ? firstLine(e.getMessage()) : e.getProblem();
        String context = e.getContext();
        return context == null ? problem : problem + " (" + context + ")";
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable document";
        }
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
