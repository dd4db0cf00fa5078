package io.github.schema2jpa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.GenerationModel;
import io.github.schema2jpa.resolve.Resolver;
import io.github.schema2jpa.validate.SchemaValidator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Loading, validating and resolving a schema costs work in proportion to its size: no step looks at every table
 * for each table. The work is counted (columns examined to link relationships), never timed.
 */
class LinearCostTest {

    @TempDir
    Path work;

    /**
     * {@code groups} times: a parent with a paired one-to-many, a one-directional one-to-many and a many-to-many
     * through a link table, so that every way of linking two tables is there.
     */
    private static String schema(int groups) {
        StringBuilder text = new StringBuilder("schema2jpa: 1\npackage: org.example.big\ntables:\n");
        for (int g = 0; g < groups; g++) {
            text.append("""
                      p%1$d:
                        columns: { id: { type: integer, primary_key: true } }
                        relationships:
                          cs: { target: C%1$d, back_populates: parent }
                          us: { target: U%1$d }
                          ts: { target: T%1$d, secondary: l%1$d, back_populates: ps }
                      c%1$d:
                        columns:
                          id: { type: integer, primary_key: true }
                          p_id: { type: integer, foreign_key: p%1$d.id }
                        relationships:
                          parent: { target: P%1$d, back_populates: cs }
                      u%1$d:
                        columns:
                          id: { type: integer, primary_key: true }
                          p_id: { type: integer, foreign_key: p%1$d.id }
                      t%1$d:
                        columns: { id: { type: integer, primary_key: true } }
                        relationships:
                          ps: { target: P%1$d, secondary: l%1$d, back_populates: ts }
                      l%1$d:
                        columns:
                          p_id: { type: integer, foreign_key: p%1$d.id, primary_key: true }
                          t_id: { type: integer, foreign_key: t%1$d.id, primary_key: true }
                    """.formatted(g));
        }
        return text.toString();
    }

    /** The columns examined to load, validate and resolve a schema of {@code groups} groups of five tables. */
    private long work(int groups) throws IOException {
        Path file = Files.writeString(work.resolve("big" + groups + ".yaml"), schema(groups));
        SourceFiles sources = new SourceFiles();
        Diagnostics diagnostics = new Diagnostics(sources);
        SchemaFile schema = new SchemaLoader(sources).load(file, diagnostics).orElseThrow();
        SchemaIndex index = new SchemaIndex(schema, NamingStrategy.standard());
        LinkedSchema linked = new SchemaValidator().validate(index, diagnostics);
        GenerationModel model = new Resolver(NamingStrategy.standard(), GeneratorOptions.defaults())
                .resolve(linked, Optional.empty(), diagnostics);
        assertThat(diagnostics.all()).as(DiagnosticRenderer.plain().renderAll(diagnostics.all())).isEmpty();
        assertThat(model.entities()).hasSize(4 * groups);
        return index.columnsExamined();
    }

    @Test
    void fourTimesTheTablesIsFourTimesTheWork() throws IOException {
        long small = work(50);
        long large = work(200);
        assertThat(small).isPositive();
        // a step that scans every table per table would make this 16 times, not 4
        assertThat((double) large / small).isLessThanOrEqualTo(4.0);
    }
}
