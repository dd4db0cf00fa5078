package io.github.schema2jpa.targets;

import io.github.schema2jpa.emit.EntitySources;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/** The targets the generator offers, by name. A new target is registered here. */
public final class Targets {

    private static final List<Target> ALL = List.of(new EntitySources());

    private Targets() {
    }

    /** Every target, the default first. */
    public static List<Target> all() {
        return ALL;
    }

    /** What a request generates when it names no target: the JPA entity sources. */
    public static List<Target> defaults() {
        return List.of(ALL.get(0));
    }

    public static Optional<Target> named(String name) {
        return ALL.stream().filter(target -> target.name().equals(name)).findFirst();
    }

    /** The names of every target, as in {@code entities, ddl}. */
    public static String names() {
        return ALL.stream().map(Target::name).collect(Collectors.joining(", "));
    }
}
