package io.github.schema2jpa.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaFilesTest {

    @TempDir
    Path basedir;

    private File schemaDirectory;

    @BeforeEach
    void files() throws IOException {
        Path schemas = Files.createDirectories(basedir.resolve("src/main/schema/nested"));
        Files.writeString(basedir.resolve("src/main/schema/shop.yaml"), "");
        Files.writeString(basedir.resolve("src/main/schema/nested/pypi.yml"), "");
        Files.writeString(basedir.resolve("src/main/schema/README.md"), "");
        Files.writeString(schemas.resolve("draft.yaml"), "");
        Files.createDirectories(basedir.resolve("schemas"));
        Files.writeString(basedir.resolve("schemas/extra.yaml"), "");
        schemaDirectory = basedir.resolve("src/main/schema").toFile();
    }

    private List<String> find(List<File> listed, File directory, List<String> includes, List<String> excludes) {
        return new SchemaFiles(basedir, listed, directory, includes, excludes).find().stream()
                .map(path -> basedir.relativize(path).toString().replace(File.separatorChar, '/'))
                .toList();
    }

    @Test
    void theDirectoryGivesYamlAndYmlFilesAtAnyDepthInPathOrder() {
        assertThat(find(null, schemaDirectory, null, null))
                .containsExactly("src/main/schema/nested/draft.yaml", "src/main/schema/nested/pypi.yml",
                        "src/main/schema/shop.yaml");
    }

    @Test
    void listedFilesComeFirstRelativeToTheBaseDirectoryAndOnlyOnce() {
        List<File> listed = List.of(new File("schemas/extra.yaml"), new File("src/main/schema/shop.yaml"));
        assertThat(find(listed, schemaDirectory, null, null))
                .containsExactly("schemas/extra.yaml", "src/main/schema/shop.yaml",
                        "src/main/schema/nested/draft.yaml", "src/main/schema/nested/pypi.yml");
    }

    @Test
    void includesAndExcludesSelectFromTheDirectory() {
        assertThat(find(null, schemaDirectory, List.of("**/*.yaml"), List.of("nested/draft.*")))
                .containsExactly("src/main/schema/shop.yaml");
    }

    @Test
    void aMissingDirectoryGivesNothingAndAMissingListedFileStays() {
        List<File> listed = List.of(new File("schemas/absent.yaml"));
        assertThat(find(listed, basedir.resolve("nowhere").toFile(), null, null))
                .containsExactly("schemas/absent.yaml");
    }
}
