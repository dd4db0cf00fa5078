package io.github.schema2jpa.targets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.emit.EntitySources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A target other than entity sources plugs in by itself: generated, written, listed in the manifest, checked and
 * removed like the entities, whatever its files hold.
 */
class TargetsTest {

    private static final Path PYPI = Path.of("../schemas/pypi.yaml");

    @TempDir
    Path work;

    private final Schema2Jpa generator = new Schema2Jpa();

    private GenerationRequest request(List<Target> targets) {
        return GenerationRequest.of(List.of(PYPI), work.resolve("out")).withTargets(targets);
    }

    private Path out(String file) {
        return work.resolve("out").resolve(file);
    }

    @Test
    void theEntitiesAreTheDefaultTarget() {
        assertThat(GenerationRequest.of(List.of(), work).targets()).extracting(Target::name).containsExactly("entities");
        assertThat(Targets.named("entities")).containsInstanceOf(EntitySources.class);
        assertThat(Targets.named("nothing")).isEmpty();
    }

    @Test
    void aSecondTargetIsWrittenListedCheckedAndRemovedLikeTheEntities() throws IOException {
        GenerationRequest both = request(List.of(new EntitySources(), new TableNotesTarget()));

        GenerationResult first = generator.generate(both);

        assertThat(first.written()).contains(Path.of("notes/packages.txt"), Path.of("notes/releases.txt"),
                Path.of("org/example/pypi/Package.java"));
        assertThat(out("notes/releases.txt")).hasContent("# table notes of releases\nid\nmajor_ver\nminor_ver\n"
                + "build_ver\ncreated_date\ncomment\nurl\nsize\npackage_id");
        assertThat(Files.readString(out(".schema2jpa-manifest"))).contains("  notes/packages.txt\n");
        assertThat(generator.check(both).upToDate()).isTrue();

        Files.writeString(out("notes/packages.txt"), "# table notes of packages\nchanged by hand\n");
        GenerationResult differs = generator.check(both);
        assertThat(differs.upToDate()).isFalse();
        assertThat(differs.written()).containsExactly(Path.of("notes/packages.txt"));

        GenerationResult entitiesOnly = generator.generate(both.withTargets(List.of(new EntitySources())));

        assertThat(entitiesOnly.removed()).containsExactly(Path.of("notes/releases.txt"));
        assertThat(out("notes/releases.txt")).doesNotExist();
        assertThat(out("notes/packages.txt")).as("changed since it was written: someone's work")
                .hasContent("# table notes of packages\nchanged by hand");
        assertThat(entitiesOnly.diagnostics()).extracting(Diagnostic::headline).singleElement().asString()
                .endsWith(":2:1: warning: notes/packages.txt is no longer generated but is kept: it changed since"
                        + " schema2jpa wrote it, so it holds someone's work; delete it yourself if you do not need it");
    }

    @Test
    void aTargetAloneWritesNoEntity() throws IOException {
        GenerationResult result = generator.generate(request(List.of(new TableNotesTarget())));

        assertThat(result.written()).containsExactly(Path.of("notes/packages.txt"), Path.of("notes/releases.txt"));
        assertThat(out("org")).doesNotExist();
    }

    @Test
    void aTargetIsRequestedOnceAndARequestHasOne() {
        GenerationRequest request = GenerationRequest.of(List.of(), work);
        assertThatThrownBy(() -> request.withTargets(List.of(new TableNotesTarget(), new TableNotesTarget())))
                .hasMessage("target 'table-notes' is requested twice");
        assertThatThrownBy(() -> request.withTargets(List.of()))
                .hasMessage("a request generates at least one target");
    }
}
