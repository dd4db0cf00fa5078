package io.github.schema2jpa.resolve;

/**
 * The Java names of one property.
 *
 * @param property the property name, which JPQL also uses unless the field had to be renamed
 * @param field the field name (the property name, or with a trailing underscore for a Java keyword); with field
 *     access this is the name JPQL and {@code mappedBy} use
 * @param getter the getter's name
 * @param setter the setter's name
 */
public record PropertyNames(String property, String field, String getter, String setter) {
}
