package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.Mark;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * Reads a schema file into located YAML nodes, safely: no custom tags or object construction (only the node API is
 * used), and bounded aliases, nesting and size, so that a hostile file fails fast with a diagnostic.
 */
public final class SchemaLoader {

    /** Largest schema file accepted, in bytes; checked on the file's size before it is read, and while reading. */
    static final int MAX_BYTES = 4 * 1024 * 1024;
    /** Largest schema file accepted, in characters (no more than its bytes). */
    static final int MAX_CODE_POINTS = MAX_BYTES;
    /** Most aliases ({@code *name}) in one file, to scalars, lists or mappings alike. */
    static final int MAX_ALIASES = 16;
    /**
     * Largest size of the document with every alias replaced by what it names: one per node plus the characters of
     * each scalar. A file without aliases is never larger than this; aliases cannot multiply it beyond.
     */
    static final long MAX_EXPANDED_SIZE = MAX_CODE_POINTS;
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
        SourceLocation whole = SourceLocation.ofFile(file);
        String text;
        try {
            Optional<String> problem = unreadable(path);
            if (problem.isPresent()) {
                diagnostics.error(whole, problem.get());
                return Optional.empty();
            }
            Optional<byte[]> bytes = readBounded(path);
            if (bytes.isEmpty()) {
                diagnostics.error(whole, tooLarge("more than " + MAX_BYTES + " bytes"));
                return Optional.empty();
            }
            text = decode(bytes.get());
        } catch (NoSuchFileException e) {
            diagnostics.error(whole, "schema file not found");
            return Optional.empty();
        } catch (CharacterCodingException e) {
            diagnostics.error(whole, "schema file is not valid UTF-8");
            return Optional.empty();
        } catch (IOException e) {
            diagnostics.error(whole, "cannot read schema file: " + e.getMessage());
            return Optional.empty();
        }
        sources.add(file, text);
        return parse(file, text, diagnostics).flatMap(root -> new SchemaReader(file, diagnostics).read(root));
    }

    /**
     * Why a path cannot be a schema file, decided without opening it: opening a pipe would wait for a writer, and
     * a device such as {@code /dev/zero} never ends.
     */
    private static Optional<String> unreadable(Path path) throws IOException {
        if (!Files.exists(path)) {
            throw new NoSuchFileException(path.toString());
        }
        if (Files.isDirectory(path)) {
            return Optional.of("schema file is a folder; name the YAML files in it");
        }
        if (!Files.isRegularFile(path)) {
            return Optional.of("schema file is not a regular file (a pipe or a device?); save the schema to a file");
        }
        long size = Files.size(path);
        if (size > MAX_BYTES) {
            return Optional.of(tooLarge(size + " bytes"));
        }
        return Optional.empty();
    }

    /** The file's bytes, or empty when it holds more than {@link #MAX_BYTES} (it may have grown since its size was read). */
    private static Optional<byte[]> readBounded(Path path) throws IOException {
        try (InputStream in = Files.newInputStream(path)) {
            byte[] bytes = in.readNBytes(MAX_BYTES + 1);
            return bytes.length > MAX_BYTES ? Optional.empty() : Optional.of(bytes);
        }
    }

    private static String tooLarge(String size) {
        return "schema file is too large (" + size + "; at most " + MAX_BYTES + "): split it into several schema files";
    }

    private static String decode(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .decode(java.nio.ByteBuffer.wrap(bytes))
                .toString();
    }

    private Optional<Node> parse(String file, String text, Diagnostics diagnostics) {
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // reported by MappingReader, with both positions
        options.setMaxAliasesForCollections(MAX_ALIASES);
        options.setAllowRecursiveKeys(false);
        options.setNestingDepthLimit(MAX_NESTING_DEPTH);
        options.setCodePointLimit(MAX_CODE_POINTS);
        options.setProcessComments(false);
        Node root;
        try {
            Optional<Limit> crossed = Limits.check(new Yaml(options).parse(new StringReader(text)));
            if (crossed.isPresent()) {
                diagnostics.error(YamlNodes.location(file, crossed.get().mark()), crossed.get().message());
                return Optional.empty();
            }
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

    /** A limit the document crosses, at the alias or node that crosses it. */
    private record Limit(Mark mark, String message) {
    }

    /**
     * The limits that SnakeYAML's own do not cover, or do not locate, checked on the stream of parse events before
     * any node is built: aliases of every kind, the size with aliases expanded, and nesting.
     */
    private static final class Limits {

        /** A list or mapping being read: its anchor, and its expanded size so far. */
        private static final class Frame {
            final String anchor;
            long size = 1;

            Frame(String anchor) {
                this.anchor = anchor;
            }
        }

        private final Deque<Frame> open = new ArrayDeque<>();
        private final Map<String, Long> anchoredSizes = new HashMap<>();
        private long expanded;
        private int aliases;

        static Optional<Limit> check(Iterable<Event> events) {
            Limits limits = new Limits();
            for (Event event : events) {
                Optional<Limit> crossed = limits.accept(event);
                if (crossed.isPresent()) {
                    return crossed;
                }
            }
            return Optional.empty();
        }

        private Optional<Limit> accept(Event event) {
            if (event instanceof CollectionStartEvent start) {
                open.push(new Frame(start.getAnchor()));
                expanded++;
                if (open.size() > MAX_NESTING_DEPTH) {
                    return Optional.of(new Limit(event.getStartMark(), "lists and mappings are nested more than "
                            + MAX_NESTING_DEPTH + " deep here; a schema needs about six levels"));
                }
            } else if (event instanceof CollectionEndEvent) {
                Frame done = open.pop();
                if (done.anchor != null) {
                    anchoredSizes.put(done.anchor, done.size);
                }
                addToParent(done.size);
            } else if (event instanceof ScalarEvent scalar) {
                long size = 1 + scalar.getValue().length();
                expanded += size;
                if (scalar.getAnchor() != null) {
                    anchoredSizes.put(scalar.getAnchor(), size);
                }
                addToParent(size);
            } else if (event instanceof AliasEvent alias) {
                aliases++;
                if (aliases > MAX_ALIASES) {
                    return Optional.of(new Limit(event.getStartMark(), "too many aliases: this is alias number "
                            + aliases + ", and a schema may use at most " + MAX_ALIASES));
                }
                long size = anchoredSizes.getOrDefault(alias.getAnchor(), 1L);
                expanded += size;
                addToParent(size);
                if (expanded > MAX_EXPANDED_SIZE) {
                    return Optional.of(new Limit(event.getStartMark(), "alias '*" + alias.getAnchor()
                            + "' makes the schema too large once aliases are expanded (more than " + MAX_EXPANDED_SIZE
                            + " nodes and characters): write the value where it is needed instead of repeating it through aliases"));
                }
            }
            if (expanded > MAX_EXPANDED_SIZE) {
                return Optional.of(new Limit(event.getStartMark(), "the schema is too large (more than "
                        + MAX_EXPANDED_SIZE + " nodes and characters)"));
            }
            return Optional.empty();
        }

        private void addToParent(long size) {
            Frame parent = open.peek();
            if (parent != null) {
                parent.size += size;
            }
        }
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
