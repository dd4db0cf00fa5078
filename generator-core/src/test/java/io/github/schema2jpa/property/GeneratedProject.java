package io.github.schema2jpa.property;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import org.hibernate.jpa.HibernatePersistenceConfiguration;
import org.hibernate.tool.schema.Action;

/**
 * One schema taken the whole way, as a user's build would: generate, compile with every warning an error, boot
 * Hibernate on H2 to create the tables and again to validate them, then keep a pair in step through the generated
 * methods. Each step throws {@link AssertionError} with what went wrong.
 */
final class GeneratedProject {

    private static final JavaCompiler COMPILER = ToolProvider.getSystemJavaCompiler();

    private GeneratedProject() {
    }

    /** What happened to a schema: refused with diagnostics, or generated, compiled, booted and kept in step. */
    enum Outcome { REFUSED, GENERATED }

    static Outcome check(SchemaSpec.Rendered schema) throws IOException {
        return check(schema.yaml(), schema.mustGenerate(), schema.pair());
    }

    /**
     * @param mustGenerate whether a refusal is a failure too
     * @param pair the one-to-many pair to keep in step, if any
     */
    static Outcome check(String yaml, boolean mustGenerate, java.util.Optional<SchemaSpec.SyncPair> pair)
            throws IOException {
        Path work = Files.createTempDirectory("schema2jpa-property");
        try {
            return check(yaml, mustGenerate, pair, work);
        } finally {
            delete(work);
        }
    }

    private static Outcome check(String yaml, boolean mustGenerate, java.util.Optional<SchemaSpec.SyncPair> syncPair,
            Path work) throws IOException {
        Path file = work.resolve("schema.yaml");
        Files.writeString(file, yaml, StandardCharsets.UTF_8);
        Path out = work.resolve("out");
        GenerationResult result;
        try {
            result = new Schema2Jpa().generate(GenerationRequest.of(List.of(file), out));
        } catch (RuntimeException | Error e) {
            throw new AssertionError("generate threw " + e, e);
        }
        if (result.hasErrors()) {
            List<String> misplaced = Locations.misplaced(result.diagnostics(), file.toString(), yaml);
            if (!misplaced.isEmpty()) {
                throw new AssertionError("diagnostics outside the file: " + misplaced);
            }
            if (Files.exists(out)) {
                try (Stream<Path> files = Files.walk(out)) {
                    List<Path> written = files.filter(Files::isRegularFile).toList();
                    if (!written.isEmpty()) {
                        throw new AssertionError("refused, yet wrote " + written);
                    }
                }
            }
            if (mustGenerate) {
                throw new AssertionError("refused a schema of plain names: " + headlines(result));
            }
            return Outcome.REFUSED;
        }
        Path classes = Files.createDirectories(work.resolve("classes"));
        compile(out, classes);
        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                GeneratedProject.class.getClassLoader())) {
            List<Class<?>> entities = new ArrayList<>();
            for (String name : result.entities()) {
                entities.add(load(loader, name));
            }
            try (Stream<Path> files = Files.walk(classes)) {
                for (Path type : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = classes.relativize(type).toString().replace('/', '.').replaceAll("\\.class$", "");
                    load(loader, name);
                }
            }
            if (System.getProperty(Names.INJECTED) != null) {
                System.clearProperty(Names.INJECTED);
                throw new AssertionError("text of the schema ran as code when the generated classes loaded");
            }
            boot(entities, loader);
            if (syncPair.isPresent()) {
                SchemaSpec.SyncPair pair = syncPair.get();
                sync(load(loader, SchemaSpec.PACKAGE + "." + pair.parentEntity()),
                        load(loader, SchemaSpec.PACKAGE + "." + pair.childEntity()), pair.foreignKeyColumn());
            }
        }
        return Outcome.GENERATED;
    }

    private static String headlines(GenerationResult result) {
        return String.join("\n", result.diagnostics().stream().map(d -> d.headline()).toList());
    }

    private static Class<?> load(ClassLoader loader, String name) {
        try {
            return Class.forName(name, true, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new AssertionError("cannot load generated class " + name + ": " + e, e);
        }
    }

    static void compile(Path sources, Path classes) throws IOException {
        List<Path> javaFiles;
        try (Stream<Path> files = Files.walk(sources)) {
            javaFiles = files.filter(f -> f.toString().endsWith(".java")).sorted().toList();
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        try (StandardJavaFileManager files = COMPILER.getStandardFileManager(diagnostics, Locale.ROOT,
                StandardCharsets.UTF_8)) {
            List<String> options = List.of("-Xlint:all", "-Werror", "--release", "17", "-encoding", "UTF-8",
                    "-classpath", System.getProperty("java.class.path"), "-d", classes.toString());
            boolean compiled = COMPILER.getTask(null, files, diagnostics, options, null,
                    files.getJavaFileObjectsFromPaths(javaFiles)).call();
            List<String> messages = new ArrayList<>();
            for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
                String source = diagnostic.getSource() == null ? "" : Path.of(diagnostic.getSource().toUri()).getFileName()
                        + ":" + diagnostic.getLineNumber() + ": ";
                messages.add(diagnostic.getKind() + " " + source + diagnostic.getMessage(Locale.ROOT));
            }
            if (!compiled || !messages.isEmpty()) {
                throw new AssertionError("generated code does not compile with -Xlint:all -Werror:\n"
                        + String.join("\n", messages));
            }
        }
    }

    /** Hibernate creates the tables on a fresh H2 database, then a second boot validates them. */
    static void boot(List<Class<?>> entities, ClassLoader loader) {
        String url = "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        thread.setContextClassLoader(loader);
        try {
            for (Action action : List.of(Action.CREATE, Action.VALIDATE)) {
                HibernatePersistenceConfiguration configuration = new HibernatePersistenceConfiguration("property")
                        .jdbcUrl(url)
                        .jdbcCredentials("sa", "")
                        .schemaToolingAction(action);
                entities.forEach(configuration::managedClass);
                try (EntityManagerFactory factory = configuration.createEntityManagerFactory()) {
                    if (factory.getMetamodel().getEntities().size() != entities.size()) {
                        throw new AssertionError(action + ": Hibernate knows " + factory.getMetamodel().getEntities()
                                + ", not " + entities);
                    }
                } catch (RuntimeException e) {
                    throw new AssertionError("Hibernate boot with " + action + " failed: " + causes(e), e);
                }
            }
            try (var connection = java.sql.DriverManager.getConnection(url, "sa", "");
                    var statement = connection.createStatement()) {
                statement.execute("shutdown");
            } catch (java.sql.SQLException e) {
                throw new AssertionError(e);
            }
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private static String causes(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            text.append(text.length() == 0 ? "" : " <- ").append(t);
        }
        return text.toString();
    }

    /**
     * The pair whose many-to-one maps {@code foreignKeyColumn}, kept in step through the public methods: link (set
     * the parent), move (set another parent), unlink (remove from the collection), and add through the collection.
     */
    static void sync(Class<?> parentType, Class<?> childType, String foreignKeyColumn) {
        Field scalar = field(childType, f -> f.isAnnotationPresent(ManyToOne.class)
                && f.getType() == parentType && f.isAnnotationPresent(JoinColumn.class)
                && unquoted(f.getAnnotation(JoinColumn.class).name()).equals(foreignKeyColumn), "many-to-one on "
                + foreignKeyColumn);
        Field collection = field(parentType, f -> f.isAnnotationPresent(OneToMany.class)
                && f.getAnnotation(OneToMany.class).mappedBy().equals(scalar.getName()), "one-to-many mapped by "
                + scalar.getName());
        String scalarStem = stem(scalar.getName());
        String collectionStem = stem(collection.getName());
        Method setter = method(childType, m -> m.getName().startsWith("set") && m.getParameterCount() == 1
                && m.getParameterTypes()[0] == parentType && matches(m, 3, scalarStem), "setter of " + scalar.getName());
        Method getter = method(childType, m -> m.getName().startsWith("get") && m.getParameterCount() == 0
                && m.getReturnType() == parentType && matches(m, 3, scalarStem), "getter of " + scalar.getName());
        Method elements = method(parentType, m -> m.getName().startsWith("get") && m.getParameterCount() == 0
                && Collection.class.isAssignableFrom(m.getReturnType()) && matches(m, 3, collectionStem),
                "getter of " + collection.getName());

        Object first = instance(parentType);
        Object second = instance(parentType);
        Object child = instance(childType);
        invoke(setter, child, first);
        expect(contains(elements, first, child), "linking: the parent's collection holds the child");
        expect(invoke(getter, child) == first, "linking: the child's parent is the parent");
        invoke(setter, child, second);
        expect(contains(elements, second, child), "moving: the new parent's collection holds the child");
        expect(!contains(elements, first, child), "moving: the old parent's collection lets the child go");
        @SuppressWarnings("unchecked")
        Collection<Object> secondElements = (Collection<Object>) invoke(elements, second);
        expect(secondElements.remove(child), "unlinking: removing from the collection says it was there");
        expect(invoke(getter, child) == null, "unlinking: the child has no parent");
        expect(!contains(elements, second, child), "unlinking: the collection no longer holds the child");
        @SuppressWarnings("unchecked")
        Collection<Object> firstElements = (Collection<Object>) invoke(elements, first);
        firstElements.add(child);
        expect(invoke(getter, child) == first, "adding to the collection sets the child's parent");
    }

    private static String unquoted(String sql) {
        return sql.replace("\"", "").replace("`", "");
    }

    private static String stem(String fieldName) {
        return fieldName.replace("_", "").toLowerCase(Locale.ROOT);
    }

    private static boolean matches(Method method, int prefix, String stem) {
        return method.getName().substring(prefix).replace("_", "").toLowerCase(Locale.ROOT).equals(stem);
    }

    private static Field field(Class<?> type, java.util.function.Predicate<Field> test, String what) {
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (test.test(field)) {
                    return field;
                }
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no " + what);
    }

    private static Method method(Class<?> type, java.util.function.Predicate<Method> test, String what) {
        for (Method method : type.getMethods()) {
            if (Modifier.isPublic(method.getModifiers()) && !method.isBridge() && test.test(method)) {
                return method;
            }
        }
        throw new AssertionError(type.getSimpleName() + " has no public " + what);
    }

    private static Object instance(Class<?> type) {
        try {
            return type.getConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError("cannot make a " + type.getSimpleName() + ": " + e, e);
        }
    }

    private static Object invoke(Method method, Object target, Object... arguments) {
        try {
            return method.invoke(target, arguments);
        } catch (InvocationTargetException e) {
            throw new AssertionError(method.getDeclaringClass().getSimpleName() + "." + method.getName() + " threw "
                    + e.getCause(), e.getCause());
        } catch (IllegalAccessException e) {
            throw new AssertionError(e);
        }
    }

    private static boolean contains(Method elements, Object parent, Object child) {
        return ((Collection<?>) invoke(elements, parent)).stream().anyMatch(element -> element == child);
    }

    private static void expect(boolean condition, String what) {
        if (!condition) {
            throw new AssertionError("sync: " + what + " fails");
        }
    }

    private static void delete(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> files = Files.walk(root)) {
            for (Path path : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
