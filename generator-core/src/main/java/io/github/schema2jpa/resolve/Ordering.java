package io.github.schema2jpa.resolve;

/**
 * One term of the order a collection loads in.
 *
 * @param property the target's property the term orders by, as JPQL names it (its field)
 * @param direction ascending or descending
 */
public record Ordering(String property, Direction direction) {

    /** The direction of one term, named as JPQL writes it. */
    public enum Direction {
        ASC,
        DESC
    }
}
