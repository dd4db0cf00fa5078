package io.github.schema2jpa.property;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Multiplies a property's tries by the system property {@code schema2jpa.properties.scale} (1 when unset), so
 * that the {@code properties-long} profile runs thousands of tries of the properties sized for CI; or sets them
 * outright with {@code schema2jpa.properties.tries}.
 */
public final class ScaledTries implements AroundPropertyHook {

    static final String SCALE = "schema2jpa.properties.scale";

    /** Sets the tries of every property outright, for a quick run while working on them. */
    static final String TRIES = "schema2jpa.properties.tries";

    @Override
    public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context, PropertyExecutor property) {
        Integer tries = Integer.getInteger(TRIES);
        int scale = Integer.getInteger(SCALE, 1);
        if (tries != null) {
            context.attributes().setTries(tries);
        } else if (scale > 1) {
            context.attributes().tries().ifPresent(given -> context.attributes().setTries(given * scale));
        }
        return property.execute();
    }
}
