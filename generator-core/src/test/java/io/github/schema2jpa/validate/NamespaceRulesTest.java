package io.github.schema2jpa.validate;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import io.github.schema2jpa.diagnostic.Diagnostic;
import io.github.schema2jpa.naming.NamingStrategy;
import java.io.IOException;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The namespace of everything one run generates, across schema files: classes of two files that would be one file,
 * packages that differ only in case, a package that is also a class, and a package given to the generator that
 * belongs to the JDK. In each case nothing is written.
 */
class NamespaceRulesTest {

    @TempDir
    Path dir;

    @Test
    void aClassOfOneFileAndAClassOfAnotherInTheSamePackageAreOneFile() throws IOException {
        Path orders = schema("orders.yaml", """
                schema2jpa: 1
                package: org.example.shop
                tables:
                  orders:
                    columns:
                      id:     { type: integer, primary_key: true }
                      status: { type: enum, values: [OPEN, PAID], enum_name: Status }
                """);
        Path statuses = schema("statuses.yaml", """
                schema2jpa: 1
                package: org.example.shop
                tables:
                  statuses:
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        assertThat(generate(List.of(orders, statuses))).containsExactly(statuses + ":4:3: error: entity Status of table"
                + " 'statuses' and enum Status of column 'status' of table 'orders' (" + orders + ":7:62) would both be"
                + " the class org.example.shop.Status: give table 'statuses' an 'entity' name");
    }

    @Test
    void oneEnumWrittenByTwoFilesIsAClashEvenWithTheSameValues() throws IOException {
        String text = """
                schema2jpa: 1
                package: org.example.shop
                tables:
                  %s:
                    columns:
                      id:     { type: integer, primary_key: true }
                      status: { type: enum, values: [OPEN, PAID], enum_name: Status }
                """;
        Path orders = schema("orders.yaml", text.formatted("orders"));
        Path invoices = schema("invoices.yaml", text.formatted("invoices"));
        assertThat(generate(List.of(orders, invoices))).containsExactly(invoices + ":7:62: error: enum Status of"
                + " column 'status' of table 'invoices' and enum Status of column 'status' of table 'orders' (" + orders
                + ":7:62) would both be the class org.example.shop.Status: give column 'status' another enum_name");
    }

    @Test
    void packagesThatDifferOnlyInCaseShareTheirFilesOnMacOsAndWindows() throws IOException {
        String text = """
                schema2jpa: 1
                package: %s
                tables:
                  orders:
                    columns:
                      id: { type: integer, primary_key: true }
                """;
        Path lower = schema("lower.yaml", text.formatted("org.example.shop"));
        Path upper = schema("upper.yaml", text.formatted("org.example.Shop"));
        assertThat(generate(List.of(lower, upper))).containsExactly(upper + ":2:10: error: package org.example.Shop"
                + " and package org.example.shop (" + lower + ":2:10) differ only in case: they are one folder on macOS"
                + " and Windows; spell them alike", upper + ":4:3: error: entity Order of table"
                + " 'orders' and entity Order of table 'orders' (" + lower + ":4:3) differ only in case: their files,"
                + " org/example/Shop/Order.java and org/example/shop/Order.java, are one file on macOS and Windows:"
                + " give table 'orders' an 'entity' name");
    }

    @Test
    void oneEntityNameInTwoPackagesIsAWarningAsHibernateRefusesBothInOnePersistenceUnit() throws IOException {
        String text = """
                schema2jpa: 1
                package: %s
                tables:
                  orders:
                    columns:
                      id: { type: integer, primary_key: true }
                """;
        Path shop = schema("shop.yaml", text.formatted("org.example.shop"));
        Path billing = schema("billing.yaml", text.formatted("org.example.billing"));
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(shop, billing),
                dir.resolve("gen")));
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly(billing + ":4:3: warning:"
                + " entity Order of table 'orders' has the JPA entity name of entity Order of table 'orders' (" + shop
                + ":4:3), in package org.example.shop: Hibernate refuses both in one persistence unit; to use them"
                + " together, give table 'orders' an 'entity' name");
        assertThat(result.hasErrors()).isFalse();
        assertThat(dir.resolve("gen/org/example/shop/Order.java")).exists();
        assertThat(dir.resolve("gen/org/example/billing/Order.java")).exists();
    }

    @Test
    void aPackageCannotBeAClassOfAnotherSchema() throws IOException {
        Path shops = schema("shops.yaml", """
                schema2jpa: 1
                package: org.example
                tables:
                  shops:
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        Path orders = schema("orders.yaml", """
                schema2jpa: 1
                package: org.example.Shop.orders
                tables:
                  orders:
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        assertThat(generate(List.of(shops, orders))).containsExactly(orders + ":2:10: error: package"
                + " org.example.Shop.orders clashes with entity Shop of table 'shops' (" + shops + ":4:3), which is the"
                + " class org.example.Shop: choose another package, or give table 'shops' an 'entity' name");
    }

    @Test
    void aPackageGivenToTheGeneratorMayNotBelongToTheJdk() throws IOException {
        Path orders = schema("orders.yaml", """
                schema2jpa: 1
                package: org.example.shop
                tables:
                  orders:
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        for (String jdkPackage : List.of("java.util", "javax.sql")) {
            GenerationResult result = new Schema2Jpa().generate(
                    GenerationRequest.of(List.of(orders), dir.resolve("gen")).withPackageName(jdkPackage));
            assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly(orders + ":1:1: error: '"
                    + jdkPackage + "', given as the Java package, cannot be the package of generated classes: "
                    + (jdkPackage.startsWith("java.") ? "packages under 'java' belong to the JDK"
                            : "package 'javax.sql' belongs to the JDK"));
            assertThat(dir.resolve("gen")).doesNotExist();
        }
    }

    /**
     * The check asks the naming strategy the emitters ask: a strategy that names key classes as the standard one
     * names base classes makes a customizable table with a composite key generate two classes on one file.
     */
    @Test
    void theCheckTakesClassNamesFromTheNamingStrategy() throws IOException {
        NamingStrategy standard = NamingStrategy.standard();
        InvocationHandler handler = (proxy, method, arguments) -> method.getName().equals("idClassName")
                ? arguments[0] + "Base"
                : method.invoke(standard, arguments);
        NamingStrategy keysAsBases = (NamingStrategy) Proxy.newProxyInstance(NamingStrategy.class.getClassLoader(),
                new Class<?>[] {NamingStrategy.class}, handler);
        Path links = schema("links.yaml", """
                schema2jpa: 1
                package: org.example.links
                tables:
                  links:
                    customizable: true
                    primary_key: [a, b]
                    columns:
                      a: integer
                      b: integer
                """);
        GenerationResult result = new Schema2Jpa(keysAsBases).generate(GenerationRequest.of(List.of(links),
                dir.resolve("gen")));
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly(links + ":6:18: error:"
                + " key class LinkBase of table 'links' and base class LinkBase of customizable table 'links' (line 4)"
                + " would both be the class org.example.links.LinkBase: give table 'links' an 'entity' name");
        assertThat(dir.resolve("gen")).doesNotExist();
    }

    /** With repositories on, a table whose entity is named like another's repository is a located error. */
    @Test
    void aRepositoryNamedLikeAnEntityIsAClashOnlyWhenRepositoriesAreGenerated() throws IOException {
        Path users = schema("users.yaml", """
                schema2jpa: 1
                package: org.example.users
                tables:
                  users:
                    columns:
                      id: { type: integer, primary_key: true }
                  user_repositories:
                    entity: UserRepository
                    columns:
                      id: { type: integer, primary_key: true }
                """);
        GenerationRequest request = GenerationRequest.of(List.of(users), dir.resolve("gen"));
        GenerationResult result = new Schema2Jpa().generate(request.withOptions(
                io.github.schema2jpa.GeneratorOptions.defaults().withRepositories(true)));
        assertThat(result.diagnostics()).extracting(Diagnostic::headline).containsExactly(users + ":8:13: error:"
                + " entity UserRepository of table 'user_repositories' and repository UserRepository of table 'users'"
                + " (line 4) would both be the class org.example.users.UserRepository: give table 'user_repositories'"
                + " another 'entity' name");
        assertThat(dir.resolve("gen")).doesNotExist();

        assertThat(new Schema2Jpa().generate(request).diagnostics()).isEmpty();
    }

    private Path schema(String name, String text) throws IOException {
        return Files.writeString(dir.resolve(name), text);
    }

    /** The headlines of a generation into an empty folder, which stays empty. */
    private List<String> generate(List<Path> schemas) throws IOException {
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(schemas, dir.resolve("gen")));
        assertThat(result.hasErrors()).isTrue();
        assertThat(dir.resolve("gen")).doesNotExist();
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files).allMatch(file -> file.toString().endsWith(".yaml"));
        }
        return result.diagnostics().stream().map(Diagnostic::headline).toList();
    }
}
