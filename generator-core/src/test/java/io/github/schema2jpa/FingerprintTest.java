package io.github.schema2jpa;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.targets.Target;
import io.github.schema2jpa.targets.TargetInput;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fingerprint covers every component of the request and of its options: each is changed in turn, and each
 * change must change the fingerprint. A component added without a variant here fails, and so does one that the
 * fingerprint leaves out.
 */
class FingerprintTest {

    @TempDir
    Path dir;

    private final Schema2Jpa generator = new Schema2Jpa();

    /** A value other than the base request's, for each component of the request. */
    private Map<String, Object> requestVariants() throws IOException {
        Target other = new Target() {
            @Override
            public String name() {
                return "other";
            }

            @Override
            public List<GeneratedFile> generate(TargetInput input) {
                return List.of();
            }
        };
        return Map.of(
                "schemas", List.of(Files.writeString(dir.resolve("other.yaml"), "tables: {}\n")),
                "outputDirectory", dir.resolve("elsewhere"),
                "packageName", Optional.of("org.example.other"),
                "userSourceDirectory", Optional.of(dir.resolve("src")),
                "owner", Optional.of("execution 'other'"),
                "targets", List.of(other));
    }

    /** A value other than the default, for each component of the options. */
    private static final Map<String, Object> OPTION_VARIANTS = Map.of(
            "timestampWithTimeZone", GeneratorOptions.TimestampWithTimeZoneType.INSTANT,
            "sequenceAllocationSize", 1,
            "repositories", true);

    private GenerationRequest base() throws IOException {
        return GenerationRequest.of(List.of(Files.writeString(dir.resolve("shop.yaml"), "tables: {}\n")),
                dir.resolve("out"));
    }

    @Test
    void everyComponentOfTheRequestChangesTheFingerprint() throws Exception {
        GenerationRequest base = base();
        Map<String, Object> variants = new java.util.HashMap<>(requestVariants());
        List<String> fingerprints = new ArrayList<>();
        for (RecordComponent component : GenerationRequest.class.getRecordComponents()) {
            if (component.getName().equals("options")) {
                continue; // component by component below
            }
            assertThat(variants).as("a variant of the request's component '%s'; make the fingerprint cover it",
                    component.getName()).containsKey(component.getName());
            fingerprints.add(generator.fingerprint(
                    with(base, component.getName(), variants.get(component.getName())), "1.0"));
        }
        for (RecordComponent component : GeneratorOptions.class.getRecordComponents()) {
            assertThat(OPTION_VARIANTS).as("a variant of the option '%s'; make the fingerprint cover it",
                    component.getName()).containsKey(component.getName());
            GeneratorOptions options = with(GeneratorOptions.defaults(), component.getName(),
                    OPTION_VARIANTS.get(component.getName()));
            fingerprints.add(generator.fingerprint(base.withOptions(options), "1.0"));
        }
        fingerprints.add(generator.fingerprint(base, "1.1"));
        assertThat(fingerprints).doesNotContain(generator.fingerprint(base, "1.0")).doesNotHaveDuplicates();
    }

    @Test
    void theSameRequestHasTheSameFingerprintAndChangedSchemaBytesAnother() throws IOException {
        String before = generator.fingerprint(base(), "1.0");
        assertThat(generator.fingerprint(base(), "1.0")).isEqualTo(before).hasSize(64);
        Files.writeString(dir.resolve("shop.yaml"), "tables: { t: {} }\n");
        assertThat(generator.fingerprint(GenerationRequest.of(List.of(dir.resolve("shop.yaml")), dir.resolve("out")),
                "1.0")).isNotEqualTo(before);
    }

    @Test
    void theCurrentGeneratorsClassesArePartOfIt() throws IOException {
        GenerationRequest request = base();
        assertThat(generator.fingerprint(request))
                .isEqualTo(generator.fingerprint(request, GeneratorBuild.current().id()));
        assertThat(GeneratorBuild.current().classesSha256()).hasSize(64);
    }

    /** {@code record} with its component {@code name} replaced by {@code value}, through the canonical constructor. */
    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, String name, Object value) throws IOException {
        try {
            RecordComponent[] components = record.getClass().getRecordComponents();
            Object[] values = new Object[components.length];
            for (int i = 0; i < components.length; i++) {
                values[i] = components[i].getName().equals(name) ? value : components[i].getAccessor().invoke(record);
            }
            Constructor<?> canonical = record.getClass().getDeclaredConstructor(
                    Arrays.stream(components).map(RecordComponent::getType).toArray(Class<?>[]::new));
            return (R) canonical.newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
    }
}
