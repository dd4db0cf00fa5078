/**
 * Schema text in each kind of output. Schema text is data: whatever it holds, it lands in a Java source, an SQL
 * name, a diagram or a diagnostic as text, never as syntax, and never hides a character. {@link
 * io.github.schema2jpa.text.SchemaText} says which characters are invisible and how a diagnostic shows them; {@link
 * io.github.schema2jpa.text.JavaText} escapes text for Javadoc, line comments and string literals, {@link
 * io.github.schema2jpa.text.SqlText} checks, suggests and shortens SQL names, and {@link
 * io.github.schema2jpa.text.DiagramText} escapes text for Mermaid and Graphviz DOT. A new kind of output adds its
 * own class here.
 */
package io.github.schema2jpa.text;
