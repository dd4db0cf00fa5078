package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.link.Linker;
import io.github.schema2jpa.schema.SchemaIndex;
import java.util.List;

/**
 * Checks a loaded schema against every rule of the schema language and reports all problems found, never only the
 * first. Each concern is its own rule class; linking the relationships is one of the steps, and its result, the
 * {@link LinkedSchema}, is what validation hands on.
 */
public final class SchemaValidator {

    private final List<Rule> beforeLinking = List.of(new TableRules(), new ColumnRules(), new ForeignKeyRules());
    private final List<Rule> afterLinking = List.of(
            new JavaNameRules(), new SqlNameRules(), new VisibleNameRules(), new SequenceRules());

    /** One family of checks. */
    interface Rule {
        void check(SchemaIndex index, Diagnostics diagnostics);
    }

    /**
     * Validates and links one schema file. The linked schema is complete only when {@code diagnostics} has no
     * errors; what could not be linked is reported and left out.
     */
    public LinkedSchema validate(SchemaIndex index, Diagnostics diagnostics) {
        for (Rule rule : beforeLinking) {
            rule.check(index, diagnostics);
        }
        LinkedSchema linked = Linker.link(index, diagnostics);
        new RelationshipRules().check(linked, diagnostics);
        for (Rule rule : afterLinking) {
            rule.check(index, diagnostics);
        }
        return linked;
    }
}
