package io.github.schema2jpa.naming;

/**
 * The methods a collection side offers for one relationship.
 *
 * @param add the public helper that adds an element and sets its owner ({@code addRelease})
 * @param remove the public helper that removes an element and clears its owner ({@code removeRelease})
 * @param attach the package-private hook the owning side calls to put an element into the collection
 * @param detach the package-private hook the owning side calls to take an element out of the collection
 */
public record HelperNames(String add, String remove, String attach, String detach) {
}
