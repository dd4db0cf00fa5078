package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.Optional;

/**
 * Where a generated name comes from, for the namespace checks.
 *
 * @param what the source as a diagnostic names it ({@code column 'class' of table 'courses'})
 * @param location where it is written; empty for names the generator fixes itself
 * @param fix what to change in the schema to resolve a clash
 */
record NameSource(String what, Optional<SourceLocation> location, String fix) {

    static NameSource fixed(String what) {
        return new NameSource(what, Optional.empty(), "");
    }

    /** This source and where it is, as a diagnostic at {@code here} names it. */
    String describe(SourceLocation here) {
        return location.isEmpty() ? what : what + " (" + where(here) + ")";
    }

    /** Where this source is, as seen from a diagnostic at {@code here}: the line alone within the same file. */
    String where(SourceLocation here) {
        SourceLocation at = location.orElseThrow();
        return at.file().equals(here.file()) ? "line " + at.line() : at.toString();
    }
}
