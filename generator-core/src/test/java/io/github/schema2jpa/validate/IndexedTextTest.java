package io.github.schema2jpa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.ValidationResult;
import io.github.schema2jpa.diagnostic.Diagnostic;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A text column is a CLOB on H2, which can neither index it nor make it unique: Hibernate's {@code create} leaves
 * such a table out there (a minimal case the property tests found). PostgreSQL takes it, so it is a warning at the
 * column, once, whichever way the index or the constraint is declared.
 */
class IndexedTextTest {

    @TempDir
    Path dir;

    @Test
    void aTextColumnUnderAnIndexOrAUniqueConstraintIsAWarningOncePerColumn() throws IOException {
        Path schema = Files.writeString(dir.resolve("notes.yaml"), """
                schema2jpa: 1
                package: org.example.notes
                tables:
                  notes:
                    unique: [[id, body]]
                    indexes:
                      ix_notes_body: [body]
                    columns:
                      id: { type: integer, primary_key: true }
                      body: { type: text }
                      title: { type: text, index: true }
                      note: { type: text }
                      summary: { type: string, length: 200, unique: true }
                """);

        ValidationResult result = new Schema2Jpa().validate(List.of(schema));

        assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly(
                schema + ":10:7: warning: column 'body' is text, which H2 stores as a CLOB and cannot index, make unique"
                        + " or use as a key (PostgreSQL can): if the schema must run on H2, make it 'type: string'"
                        + " with a 'length'",
                schema + ":11:7: warning: column 'title' is text, which H2 stores as a CLOB and cannot index, make"
                        + " unique or use as a key (PostgreSQL can): if the schema must run on H2, make it 'type:"
                        + " string' with a 'length'");
        assertThat(result.hasErrors()).isFalse();
    }
}
