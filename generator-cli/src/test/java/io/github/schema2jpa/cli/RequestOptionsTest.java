package io.github.schema2jpa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.Schema2Jpa;
import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code generate} and {@code check} offer every choice a generation request has, so that {@code check} verifies a
 * tree the Maven plugin generated with any parameters: each component of the request and of its options has an
 * option (the plugin's test sees that each of its parameters is such a component).
 */
class RequestOptionsTest {

    /** The option of each request component whose option is not its name in kebab case. */
    private static final Map<String, String> OPTION_NAMES = Map.of(
            "outputDirectory", "--output",
            "packageName", "--package",
            "userSourceDirectory", "--user-sources",
            "targets", "--target");
    /** Components that are no option: the schemas are the arguments; only a build names an owner. */
    private static final List<String> NOT_OPTIONS = List.of("schemas", "owner", "options");

    @TempDir
    Path temp;

    @Test
    void everyComponentOfTheRequestAndItsOptionsIsAnOptionOfGenerateAndCheck() {
        CommandLine commandLine = Main.commandLine(Cli.PLAIN);
        for (String command : List.of("generate", "check")) {
            CommandLine.Model.CommandSpec spec = commandLine.getSubcommands().get(command).getCommandSpec();
            for (RecordComponent component : GenerationRequest.class.getRecordComponents()) {
                if (!NOT_OPTIONS.contains(component.getName())) {
                    String option = OPTION_NAMES.getOrDefault(component.getName(), kebab(component.getName()));
                    assertThat(spec.findOption(option)).as("%s %s", command, option).isNotNull();
                }
            }
            for (RecordComponent component : GeneratorOptions.class.getRecordComponents()) {
                assertThat(spec.findOption(kebab(component.getName()))).as("%s %s", command,
                        kebab(component.getName())).isNotNull();
            }
        }
    }

    @Test
    void checkVerifiesATreeGeneratedWithOtherOptions() throws IOException {
        Path out = temp.resolve("out");
        Path shop = Path.of("../schemas/examples/shop.yaml");
        GeneratorOptions options = GeneratorOptions.defaults()
                .withTimestampWithTimeZone(GeneratorOptions.TimestampWithTimeZoneType.INSTANT)
                .withSequenceAllocationSize(20)
                .withRepositories(true);
        new Schema2Jpa().generate(GenerationRequest.of(List.of(shop), out).withOptions(options));

        Cli.Run withOptions = Cli.run("check", "-o", out.toString(), "--timestamp-with-time-zone", "instant",
                "--sequence-allocation-size", "20", "--target", "entities", "--repositories", shop.toString());
        Cli.Run withDefaults = Cli.run("check", "-o", out.toString(), shop.toString());

        assertThat(withOptions.err()).isEmpty();
        assertThat(withOptions.exitCode()).isZero();
        assertThat(withDefaults.exitCode()).isEqualTo(1);
        assertThat(withDefaults.out()).contains("  differs  org/example/shop/Order.java");
    }

    @Test
    void generateWritesWithTheOptions() throws IOException {
        Path out = temp.resolve("out");
        Cli.Run run = Cli.run("generate", "-o", out.toString(), "--timestamp-with-time-zone=INSTANT",
                "--sequence-allocation-size=20", "--repositories", "../schemas/examples/shop.yaml");
        assertThat(out.resolve("org/example/shop/UserRepository.java")).content()
                .contains("public interface UserRepository extends JpaRepository<User, Long>")
                .contains("Optional<User> findByName(String name);");

        assertThat(run.exitCode()).isZero();
        assertThat(Files.readString(out.resolve("org/example/shop/Order.java"))).contains("private Instant placedAt;");
        assertThat(Files.readString(out.resolve("org/example/shop/User.java"))).contains("allocationSize = 20");
    }

    @Test
    void badValuesAreUsageErrors() {
        Cli.Run zero = Cli.run("generate", "--sequence-allocation-size", "0", Cli.VALID);
        Cli.Run target = Cli.run("generate", "--target", "ddl", Cli.VALID);
        Cli.Run twice = Cli.run("generate", "--target", "entities", "--target", "entities", Cli.VALID);

        assertThat(zero.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(zero.err()).contains("Invalid value for option '--sequence-allocation-size': 0 is less than 1");
        assertThat(target.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(target.err()).contains("Invalid value for option '--target': 'ddl' is not a target; write one of:"
                + " entities");
        assertThat(twice.err()).contains("'entities' is given twice");
    }

    private static String kebab(String name) {
        return "--" + name.replaceAll("([A-Z])", "-$1").toLowerCase(java.util.Locale.ROOT);
    }
}
