package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import io.github.schema2jpa.schema.LoadingStrategy;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * What every relationship side has, whatever its shape.
 *
 * @param names Java names of the property
 * @param target the entity at the other end
 * @param singular helper-name stem: {@code release} in {@code addRelease}
 * @param doc Javadoc text, already escaped for a comment ({@link io.github.schema2jpa.text.JavaText#javadoc})
 * @param loading the loading strategy
 * @param cascades the JPA cascade types that SQLAlchemy's cascade words in force become, in JPA's order
 */
public record RelationshipBasics(PropertyNames names, ClassName target, String singular, Optional<String> doc,
        LoadingStrategy loading, Set<JpaCascade> cascades) {

    /** Collections loaded together per SELECT for {@code lazy: selectin}. */
    public static final int SELECTIN_BATCH_SIZE = 100;

    public RelationshipBasics {
        Set<JpaCascade> ordered = EnumSet.noneOf(JpaCascade.class);
        ordered.addAll(cascades);
        cascades = Collections.unmodifiableSet(ordered);
    }

    /** How many collections one SELECT loads together, for {@code lazy: selectin}. */
    public Optional<Integer> batchSize() {
        return loading == LoadingStrategy.SELECTIN ? Optional.of(SELECTIN_BATCH_SIZE) : Optional.empty();
    }
}
