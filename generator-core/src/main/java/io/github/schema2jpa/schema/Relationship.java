package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A relationship as the schema describes it, in SQLAlchemy's terms.
 *
 * @param name the relationship's name (the Java property, unless {@code java_name} overrides it)
 * @param location where the relationship's name is written
 * @param target the entity at the other end
 * @param backPopulates the relationship on the target that mirrors this one
 * @param orderBy the order of a collection on load
 * @param lazy the loading strategy, if given
 * @param cascade the cascade words, if given (SQLAlchemy's default is save-update, merge)
 * @param secondary the association table of a many-to-many relationship
 * @param uselist {@code false} for the scalar side of a one-to-one without the foreign key
 * @param foreignKey the foreign key column to use when several link the two tables
 * @param kind the direction, when it cannot be inferred
 * @param passiveDeletes whether deleting is left to the database's ON DELETE
 * @param javaName an override of the Java property name
 * @param singular the singular used in helper names such as {@code addRelease}
 * @param doc Javadoc for the property
 * @param singleParent SQLAlchemy's {@code single_parent}: the to-one side's target belongs to this object alone, which
 *     allows delete-orphan on it
 */
public record Relationship(
        String name,
        SourceLocation location,
        Located<String> target,
        Optional<Located<String>> backPopulates,
        List<OrderTerm> orderBy,
        Optional<Located<LoadingStrategy>> lazy,
        Optional<Located<Set<CascadeOption>>> cascade,
        Optional<Located<String>> secondary,
        Optional<Located<Boolean>> uselist,
        Optional<Located<String>> foreignKey,
        Optional<Located<RelationshipKind>> kind,
        boolean passiveDeletes,
        Optional<Located<String>> javaName,
        Optional<Located<String>> singular,
        Optional<String> doc,
        Optional<Located<Boolean>> singleParent) {

    public Relationship {
        orderBy = List.copyOf(orderBy);
    }

    public boolean isSingleParent() {
        return singleParent.map(Located::value).orElse(false);
    }

    /**
     * One {@code order_by} term.
     *
     * @param column a column of the target table
     * @param descending whether {@code desc} was given
     */
    public record OrderTerm(Located<String> column, boolean descending) {
    }
}
