package io.github.schema2jpa;

/** Text formats for an entity-relationship diagram of a schema. */
public enum DiagramFormat {
    /** Mermaid {@code erDiagram}: renders on code hosting sites. */
    MERMAID,
    /** Graphviz DOT. */
    DOT
}
