package io.github.schema2jpa.naming;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class JavaNamesTest {

    private static final Path GOLDEN = Path.of(System.getProperty("schema2jpa.golden", "src/test/golden"));
    private static final Pattern COMMENT = Pattern.compile("/\\*.*?\\*/|//[^\\n]*", Pattern.DOTALL);
    private static final Pattern STRING = Pattern.compile("\"(?:[^\"\\\\]|\\\\.)*\"");
    private static final Pattern SIMPLE_TYPE_NAME = Pattern.compile("(?<![.\\w])[A-Z]\\w*");

    /**
     * The reserved {@code java.lang} names are exactly those that could be taken from generated code: every
     * {@code java.lang} class the golden sources write by its simple name is among them. A new one in an emitter
     * fails here until it is reserved (and documented).
     */
    @Test
    void everyJavaLangClassTheGeneratedCodeNamesIsReserved() throws IOException {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Set<String> ownPackage = ownPackageClasses(file.getParent());
                String code = STRING.matcher(COMMENT.matcher(Files.readString(file)).replaceAll(" ")).replaceAll("\"\"");
                code = code.lines().filter(line -> !line.startsWith("import ") && !line.startsWith("package "))
                        .collect(Collectors.joining("\n"));
                Matcher matcher = SIMPLE_TYPE_NAME.matcher(code);
                while (matcher.find()) {
                    String name = matcher.group();
                    if (!ownPackage.contains(name) && isJavaLang(name)) {
                        used.add(name);
                    }
                }
            }
        }
        assertThat(used).contains("Object", "String", "Override");
        assertThat(JavaNames.JAVA_LANG_TYPES_USED).containsAll(used);
    }

    @Test
    void classNamesJavaOrTheGeneratedCodeCannotTakeAreRefused() {
        assertThat(JavaNames.typeNameProblem("record")).isPresent();
        assertThat(JavaNames.typeNameProblem("var")).isPresent();
        assertThat(JavaNames.typeNameProblem("class")).isPresent();
        assertThat(JavaNames.typeNameProblem("Override")).isPresent();
        assertThat(JavaNames.typeNameProblem("BackPopulatedSet")).isPresent();
        assertThat(JavaNames.typeNameProblem("Package")).isEmpty();
        assertThat(JavaNames.typeNameProblem("Thread")).isEmpty();
        assertThat(JavaNames.typeNameProblem("Record")).isEmpty();
        assertThat(JavaNames.typeNameProblem("Entity")).isEmpty();
    }

    @Test
    void packagesOfTheJdkAreRefused() {
        assertThat(JavaNames.packageProblem("java.lang")).isPresent();
        assertThat(JavaNames.packageProblem("java.example")).isPresent();
        assertThat(JavaNames.packageProblem("javax.sql")).isPresent();
        assertThat(JavaNames.packageProblem("javax.example")).isEmpty();
        assertThat(JavaNames.packageProblem("org.example.java")).isEmpty();
        assertThat(JavaNames.packageProblem("javafoo")).isEmpty();
    }

    private static Set<String> ownPackageClasses(Path folder) throws IOException {
        try (Stream<Path> files = Files.list(folder)) {
            return files.map(f -> f.getFileName().toString())
                    .filter(name -> name.endsWith(".java"))
                    .map(name -> name.substring(0, name.length() - ".java".length()))
                    .collect(Collectors.toSet());
        }
    }

    private static boolean isJavaLang(String simpleName) {
        try {
            Class.forName("java.lang." + simpleName, false, JavaNamesTest.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    /**
     * The namespace check refuses a variable named like the first part of a package whose class the generated code
     * writes in full; it knows those classes from {@link JavaNames#LIBRARY_TYPES_USED}, so every class the golden
     * sources import is among them, with its package. A new import in an emitter fails here until it is added.
     */
    @Test
    void everyClassTheGeneratedCodeImportsIsKnownWithItsPackage() throws IOException {
        Set<String> imported = new TreeSet<>();
        try (Stream<Path> files = Files.walk(GOLDEN)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Files.readAllLines(file).stream()
                        .filter(line -> line.startsWith("import ") && !line.startsWith("import static "))
                        .map(line -> line.substring("import ".length(), line.length() - 1))
                        .forEach(imported::add);
            }
        }
        assertThat(imported).isNotEmpty();
        assertThat(imported).allSatisfy(name -> assertThat(JavaNames.LIBRARY_TYPES_USED)
                .containsEntry(name.substring(name.lastIndexOf('.') + 1), name));
    }
}
