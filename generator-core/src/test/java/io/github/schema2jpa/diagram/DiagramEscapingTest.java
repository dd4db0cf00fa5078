package io.github.schema2jpa.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.DiagramFormat;
import io.github.schema2jpa.DiagramResult;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Schema text in a diagram is text: a relationship name written to close a label and add a link or a node, and
 * entity, table and column names with {@code $} and non-ASCII letters, stay inside the label or identifier they
 * belong to, in Mermaid and in DOT.
 */
class DiagramEscapingTest {

    /** Closes a Mermaid label and adds a click link, closes a DOT string and adds a URL, and ends a DOT statement. */
    private static final String HOSTILE = "orders\\\"]; click Café href \\\"javascript:alert(1)\\\" %% x\\\","
            + " URL=\\\"http://evil.example\\\" ]; \\\"n\\\" [label=\\\"{a|<p>b}\\\\\\\\l\\\" #quot;";

    @TempDir
    Path work;

    private DiagramResult diagram(DiagramFormat format) throws IOException {
        Path schema = Files.writeString(work.resolve("diagram.yaml"), """
                schema2jpa: 1
                package: org.example.diagram
                tables:
                  café:
                    entity: Café
                    columns:
                      id: { type: integer, primary_key: true }
                    relationships:
                      "%1$s": { target: Order$, back_populates: café, java_name: orders }
                  order$:
                    entity: Order$
                    columns:
                      id: { type: integer, primary_key: true }
                      café_id: { type: integer, foreign_key: café.id }
                    relationships:
                      café: { target: Café, back_populates: "%1$s" }
                """.formatted(HOSTILE));
        DiagramResult result = new Schema2Jpa().diagram(List.of(schema), format);
        assertThat(result.diagnostics()).isEmpty();
        return result;
    }

    @Test
    void mermaidKeepsEveryNameInsideItsIdentifierOrLabel() throws IOException {
        assertThat(diagram(DiagramFormat.MERMAID).text()).isEqualTo("""
                erDiagram
                    Caf-e9-["Café (café)"] {
                        integer id PK
                    }
                    Order-24-["Order#36; (order#36;)"] {
                        integer id PK
                        integer caf-e9-_id FK "café_id"
                    }
                    Caf-e9- |o--o{ Order-24- : "orders#34;#93;#59; click Café href #34;javascript#58;alert(1)#34;\
                 #37;#37; x#34;, URL#61;#34;http#58;//evil.example#34; #93;#59; #34;n#34; #91;label#61;#34;#123;a#124;\
                #60;p#62;b#125;#92;#92;l#34; #35;quot#59; / café"
                """);
    }

    @Test
    void dotKeepsEveryNameInsideItsString() throws IOException {
        String dot = diagram(DiagramFormat.DOT).text();
        String string = "\"(?:[^\"\\\\]|\\\\.)*\"";
        List<String> lines = dot.lines().toList();
        assertThat(lines.subList(0, 4)).containsExactly("digraph schema {", "    rankdir=LR;",
                "    node [shape=record, fontname=\"Helvetica\"];", "    edge [dir=both, fontname=\"Helvetica\"];");
        assertThat(lines.subList(4, lines.size() - 1)).hasSize(3).allMatch(line -> line.matches(
                "    " + string + "( -> " + string + ")? \\[label=" + string
                        + "(, arrowtail=\\w+, arrowhead=\\w+)?\\];"));
        assertThat(lines.get(lines.size() - 1)).isEqualTo("}");
        assertThat(dot).contains("    \"Café\" [label=\"{Café (café)|id : integer (PK)\\l}\"];")
                .contains("    \"Order$\" [label=\"{Order$ (order$)|id : integer (PK)\\l"
                        + "café_id : integer (FK)\\l}\"];")
                .contains("    \"Café\" -> \"Order$\" [label=\"orders\\\"]; click Café href \\\"javascript:alert(1)\\\""
                        + " %% x\\\", URL=\\\"http://evil.example\\\" ]; \\\"n\\\" [label=\\\"{a|<p>b}\\\\\\\\l\\\""
                        + " #quot; / café\", arrowtail=teeodot, arrowhead=crowodot];");
    }

    /**
     * Two schemas of one run may each have an entity {@code User}, in two packages (a warning): they are two boxes,
     * and a relationship is drawn to the one of its own schema, not merged into the first.
     */
    @Test
    void entitiesOfOneNameInTwoSchemasAreTwoBoxes() throws IOException {
        Path first = Files.writeString(work.resolve("a.yaml"), """
                schema2jpa: 1
                package: org.example.a
                tables:
                  users_a:
                    entity: User
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        Path second = Files.writeString(work.resolve("b.yaml"), """
                schema2jpa: 1
                package: org.example.b
                tables:
                  users_b:
                    entity: User
                    columns:
                      id: { type: integer, primary_key: true }
                    relationships:
                      posts: { target: Post, back_populates: user }
                  posts:
                    columns:
                      id: { type: integer, primary_key: true }
                      user_id: { type: integer, foreign_key: users_b.id }
                    relationships:
                      user: { target: User, back_populates: posts }
                """);
        assertThat(new Schema2Jpa().diagram(List.of(first, second), DiagramFormat.MERMAID).text()).isEqualTo("""
                erDiagram
                    User["User (users_a)"] {
                        integer id PK
                    }
                    org-2e-example-2e-b-2e-User["org.example.b.User (users_b)"] {
                        integer id PK
                    }
                    Post["Post (posts)"] {
                        integer id PK
                        integer user_id FK
                    }
                    org-2e-example-2e-b-2e-User |o--o{ Post : "posts / user"
                """);
        assertThat(new Schema2Jpa().diagram(List.of(first, second), DiagramFormat.DOT).text()).contains(
                "    \"User\" [label=\"{User (users_a)|id : integer (PK)\\l}\"];\n",
                "    \"org.example.b.User\" [label=\"{org.example.b.User (users_b)|id : integer (PK)\\l}\"];\n",
                "    \"org.example.b.User\" -> \"Post\" [label=\"posts / user\"");
    }
}
