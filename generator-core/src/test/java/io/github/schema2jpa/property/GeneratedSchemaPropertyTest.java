package io.github.schema2jpa.property;

import io.github.schema2jpa.naming.NamingStrategy;
import java.io.IOException;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Every valid schema, whatever its names, either generates code that compiles under {@code -Xlint:all -Werror},
 * boots on Hibernate (create, then validate) and keeps a pair in step, or is refused with diagnostics inside the
 * file and nothing written. A schema of plain names is never refused.
 */
class GeneratedSchemaPropertyTest {

    @Provide
    Arbitrary<SchemaSpec.Rendered> validSchemas() {
        NamingStrategy naming = NamingStrategy.standard();
        return SchemaArbitraries.schemas().map(spec -> spec.render(naming));
    }

    /** As many tries as {@code jqwik.tries.default} says: 30 in {@code junit-platform.properties}, for CI. */
    @Property
    void generatesCodeThatCompilesBootsAndSyncsOrRefusesWithLocatedErrors(
            @ForAll("validSchemas") SchemaSpec.Rendered schema) throws IOException {
        long start = System.nanoTime();
        long cpu = TryLog.cpuNanos();
        String outcome = "FAILED";
        try {
            outcome = GeneratedProject.check(schema).name();
        } catch (AssertionError | RuntimeException e) {
            TryLog.failed("generated", schema.yaml(), e);
            throw e;
        } finally {
            TryLog.record("generated", outcome, start, cpu);
        }
        Statistics.label("outcome").collect(outcome, schema.mustGenerate() ? "plain names" : "hostile names");
    }
}
