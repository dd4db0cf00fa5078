package io.github.schema2jpa.diagram;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.DiagramFormat;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A one-to-one pair is drawn as one-to-one from the table without the foreign key to the table with it, whichever
 * of the two tables the schema writes first.
 */
class OneToOneEdgeTest {

    private static final String USERS = """
              users:
                columns:
                  id: { type: integer, primary_key: true }
                relationships:
                  avatar: { target: Avatar, back_populates: user, uselist: false }
            """;
    private static final String AVATARS = """
              avatars:
                columns:
                  id: { type: integer, primary_key: true }
                  user_id: { type: integer, foreign_key: users.id, unique: true }
                relationships:
                  user: { target: User, back_populates: avatar }
            """;

    @TempDir
    Path work;

    private String edge(String tables) throws IOException {
        Path schema = Files.writeString(work.resolve("one.yaml"), "schema2jpa: 1\npackage: org.example.one\ntables:\n"
                + tables);
        String text = new Schema2Jpa().diagram(List.of(schema), DiagramFormat.MERMAID).text();
        return text.lines().filter(line -> line.contains(" : ")).reduce((a, b) -> a + "\n" + b).orElseThrow();
    }

    @Test
    void theTableWithoutTheKeyFirst() throws IOException {
        assertThat(edge(USERS + AVATARS)).isEqualTo("    User |o--o| Avatar : \"avatar / user\"");
    }

    @Test
    void theTableWithTheKeyFirst() throws IOException {
        assertThat(edge(AVATARS + USERS)).isEqualTo("    User |o--o| Avatar : \"avatar / user\"");
    }
}
