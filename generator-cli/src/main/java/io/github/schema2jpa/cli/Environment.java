package io.github.schema2jpa.cli;

import java.util.Map;
import java.util.Optional;

/**
 * What the command line reads from the world besides its arguments, so that tests can set it.
 *
 * @param variables the environment variables
 * @param interactive whether the output goes to a terminal
 */
public record Environment(Map<String, String> variables, boolean interactive) {

    public Environment {
        variables = Map.copyOf(variables);
    }

    /** The environment of this process. */
    public static Environment system() {
        return new Environment(System.getenv(), System.console() != null);
    }

    public Optional<String> variable(String name) {
        return Optional.ofNullable(variables.get(name));
    }

    /**
     * Whether colour may be used: only on a terminal, and not when {@code NO_COLOR} is set to a non-empty value
     * (see no-color.org).
     */
    public boolean colorAllowed() {
        return interactive && variable("NO_COLOR").filter(value -> !value.isEmpty()).isEmpty();
    }
}
