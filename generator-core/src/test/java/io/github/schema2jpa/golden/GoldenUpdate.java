package io.github.schema2jpa.golden;

import java.util.Map;

/**
 * Whether the golden files are to be rewritten: only when a developer asks for it with both switches, the system
 * property {@code schema2jpa.golden.update=true} and the environment variable {@code SCHEMA2JPA_GOLDEN_UPDATE=true}
 * (the Maven profile {@code golden-update} sets the two for the tests), and never on CI ({@code CI=true}). A system
 * property alone can come from {@code JAVA_TOOL_OPTIONS} or a stray {@code -D}; the environment variable cannot.
 */
record GoldenUpdate(boolean property, Map<String, String> environment) {

    static final String PROPERTY = "schema2jpa.golden.update";
    static final String VARIABLE = "SCHEMA2JPA_GOLDEN_UPDATE";

    static GoldenUpdate ofThisRun() {
        return new GoldenUpdate(Boolean.getBoolean(PROPERTY), System.getenv());
    }

    /**
     * True when the golden files are to be rewritten, false when they are only compared.
     *
     * @throws IllegalStateException when an update is asked for on CI, or with one switch only
     */
    boolean requested() {
        boolean variable = "true".equalsIgnoreCase(environment.get(VARIABLE));
        if (!property && !variable) {
            return false;
        }
        if ("true".equalsIgnoreCase(environment.get("CI"))) {
            throw new IllegalStateException("golden files are never rewritten on CI (CI=true): run the update on a"
                    + " developer's machine and commit the reviewed files");
        }
        if (!property || !variable) {
            throw new IllegalStateException("rewriting the golden files needs both -D" + PROPERTY + "=true and "
                    + VARIABLE + "=true in the environment (mvn -P golden-update sets both); "
                    + (property ? "the system property" : "the environment variable") + " alone is refused");
        }
        return true;
    }
}
