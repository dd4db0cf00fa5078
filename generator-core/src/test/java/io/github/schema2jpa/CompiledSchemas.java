package io.github.schema2jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.diagnostic.DiagnosticRenderer;
import io.github.schema2jpa.naming.NamingStrategy;
import io.github.schema2jpa.resolve.GenerationModel;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** For tests of later stages: the model of a schema that compiles without a diagnostic, with the default options. */
public final class CompiledSchemas {

    private CompiledSchemas() {
    }

    public static GenerationModel model(Path schema) {
        Compilation compilation = Compilation.run(List.of(schema), Optional.empty(), GeneratorOptions.defaults(),
                NamingStrategy.standard());
        assertThat(compilation.diagnostics()).as(DiagnosticRenderer.plain().renderAll(compilation.diagnostics()))
                .isEmpty();
        return compilation.model().orElseThrow();
    }
}
