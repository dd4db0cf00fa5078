package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.schema.SchemaIndex;
import java.util.List;

/**
 * Checks a loaded schema against every rule of the schema language and reports all problems found, never only the
 * first. Each concern is its own rule class.
 */
public final class SchemaValidator {

    private final List<Rule> rules = List.of(
            new TableRules(), new ColumnRules(), new ForeignKeyRules(), new RelationshipRules(), new JavaNameRules(),
            new SqlNameRules(), new VisibleNameRules(), new SequenceRules());

    /** One family of checks. */
    interface Rule {
        void check(SchemaIndex index, Diagnostics diagnostics);
    }

    public void validate(SchemaIndex index, Diagnostics diagnostics) {
        for (Rule rule : rules) {
            rule.check(index, diagnostics);
        }
    }
}
