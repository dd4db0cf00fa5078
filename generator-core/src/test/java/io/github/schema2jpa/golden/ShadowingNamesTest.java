package io.github.schema2jpa.golden;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.GenerationRequest;
import io.github.schema2jpa.GenerationResult;
import io.github.schema2jpa.Schema2Jpa;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Relationship names that are their own singular ({@code sent}, {@code moved}) or that match a local name of the
 * generated accessors ({@code previous}, for a many-to-one and for a one-to-one): parameters never shadow the fields they are put into, and the pair still
 * keeps both sides in step.
 */
class ShadowingNamesTest {

    private static final String SCHEMA = """
            schema2jpa: 1
            package: org.example.shadow
            tables:
              users:
                columns:
                  id: { type: integer, primary_key: true, autoincrement: true }
                relationships:
                  sent: { target: Message, back_populates: previous }
                  moved: { target: Member, back_populates: user, cascade: [all, delete-orphan] }
                  previous: { target: Badge, back_populates: holder, uselist: false }
              badges:
                columns:
                  id: { type: integer, primary_key: true, autoincrement: true }
                  holder_id: { type: integer, foreign_key: users.id, unique: true }
                relationships:
                  holder: { target: User, back_populates: previous }
              messages:
                columns:
                  id: { type: integer, primary_key: true, autoincrement: true }
                  previous_id: { type: integer, foreign_key: users.id }
                relationships:
                  previous: { target: User, back_populates: sent }
              members:
                columns:
                  id: { type: integer, primary_key: true, autoincrement: true }
                  user_id: { type: integer, foreign_key: users.id, nullable: false }
                relationships:
                  user: { target: User, back_populates: moved }
            """;

    @Test
    @SuppressWarnings("unchecked")
    void relationshipsNamedLikeTheirElementsCompileAndKeepBothSidesInStep(@TempDir Path work) throws Exception {
        Path schema = Files.writeString(work.resolve("shadow.yaml"), SCHEMA);
        Path sources = work.resolve("src");
        Path classes = Files.createDirectories(work.resolve("classes"));
        GenerationResult result = new Schema2Jpa().generate(GenerationRequest.of(List.of(schema), sources));
        assertThat(result.diagnostics()).isEmpty();

        String user = Files.readString(sources.resolve("org/example/shadow/User.java"));
        assertThat(user).contains("this.sent.add(sent);").contains("void detachMoved(Member moved, boolean movedAway)");
        assertThat(Files.readString(sources.resolve("org/example/shadow/Message.java")))
                .contains("User before = this.previous;");
        assertThat(user).contains("Badge before = getPrevious();");
        assertThat(Javac.compile(sources, classes)).isEmpty();

        try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> userType = loader.loadClass("org.example.shadow.User");
            Class<?> messageType = loader.loadClass("org.example.shadow.Message");
            Class<?> memberType = loader.loadClass("org.example.shadow.Member");
            Object ada = userType.getConstructor().newInstance();
            Object bob = userType.getConstructor().newInstance();
            Object message = messageType.getConstructor().newInstance();
            Object member = memberType.getConstructor().newInstance();

            call(ada, "addSent", message);
            call(ada, "addMoved", member);
            assertThat(call(message, "getPrevious")).isSameAs(ada);
            assertThat((List<Object>) call(ada, "getSent")).containsExactly(message);
            assertThat((List<Object>) call(ada, "getMoved")).containsExactly(member);

            call(message, "setPrevious", bob);
            call(member, "setUser", bob);
            assertThat((List<Object>) call(ada, "getSent")).isEmpty();
            assertThat((List<Object>) call(ada, "getMoved")).isEmpty();
            assertThat((List<Object>) call(bob, "getSent")).containsExactly(message);
            assertThat((List<Object>) call(bob, "getMoved")).containsExactly(member);

            // a one-to-one whose side without the key is called like the setter's local for the one before
            Object badge = loader.loadClass("org.example.shadow.Badge").getConstructor().newInstance();
            call(ada, "setPrevious", badge);
            assertThat(call(badge, "getHolder")).isSameAs(ada);
            call(bob, "setPrevious", badge);
            assertThat(call(badge, "getHolder")).isSameAs(bob);
            assertThat(call(ada, "getPrevious")).isNull();
            assertThat(call(bob, "getPrevious")).isSameAs(badge);
        }
    }

    private static Object call(Object target, String name, Object... arguments) throws Exception {
        for (Method method : target.getClass().getMethods()) {
            if (method.getName().equals(name) && method.getParameterCount() == arguments.length) {
                return method.invoke(target, arguments);
            }
        }
        throw new NoSuchMethodException(name);
    }
}
