package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import java.util.List;

/** How an entity is identified: by one column, or by several through an {@code @IdClass}. */
public sealed interface Identifier permits Identifier.Single, Identifier.Composite {

    /** The getters of the entity that read the key's values without loading anything, in key order. */
    List<String> getters();

    /**
     * A key of one column.
     *
     * @param property the identifier property
     */
    record Single(ColumnProperty property) implements Identifier {

        @Override
        public List<String> getters() {
            return List.of(property.names().getter());
        }
    }

    /**
     * A key of several columns, each a basic {@code @Id} column or an {@code @Id} many-to-one relationship.
     *
     * @param idClass the generated key class
     * @param parts the key's parts, in the order the schema lists them
     */
    record Composite(ClassName idClass, List<Part> parts) implements Identifier {

        public Composite {
            parts = List.copyOf(parts);
        }

        @Override
        public List<String> getters() {
            return parts.stream().map(Part::entityGetter).toList();
        }
    }

    /**
     * One part of a composite key.
     *
     * @param names the key class's names for it: its field is named as the entity's {@code @Id} attribute
     * @param type the Java type of the value (for a relationship, the type of the referenced identifier)
     * @param entityGetter the entity's getter of the value ({@code getUserId} for a relationship {@code user})
     */
    record Part(PropertyNames names, TypeName type, String entityGetter) {
    }
}
