/**
 * Entity-relationship diagrams (Mermaid, Graphviz DOT) of linked schemas: a format-free
 * {@code DiagramModel} of boxes (entities with their key columns) and edges (each relationship once, a pair as one
 * edge) is built from the {@link io.github.schema2jpa.link.LinkedSchema}, then written by one writer per format.
 * Diagrams need no Java package and read no Java names.
 */
package io.github.schema2jpa.diagram;
