package io.github.schema2jpa.link;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.SchemaIndex;
import java.util.Map;
import java.util.Optional;

/**
 * Pairs relationships by {@code back_populates}: the two name each other, mirror each other's kind and use the same
 * foreign key. Anything else is reported.
 */
final class PairRules {

    private final SchemaIndex index;
    private final Map<Relationship, InferredLink> links;
    private final Diagnostics diagnostics;

    PairRules(SchemaIndex index, Map<Relationship, InferredLink> links, Diagnostics diagnostics) {
        this.index = index;
        this.links = links;
        this.diagnostics = diagnostics;
    }

    /** The relationship that {@code relationship} names in back_populates, when the two form a pair. */
    Optional<Relationship> partner(Relationship relationship, InferredLink link) {
        if (relationship.backPopulates().isEmpty()) {
            return Optional.empty();
        }
        Located<String> back = relationship.backPopulates().get();
        String targetEntity = index.entityName(link.target());
        Optional<Relationship> partner = link.target().relationship(back.value());
        if (partner.isEmpty()) {
            diagnostics.error(back.location(), "entity '" + targetEntity + "' has no relationship '" + back.value() + "'"
                    + Suggestions.didYouMean(back.value(),
                            link.target().relationships().stream().map(Relationship::name).toList()));
            return Optional.empty();
        }
        InferredLink partnerLink = links.get(partner.get());
        if (partnerLink == null) {
            return Optional.empty(); // the partner's own problem is already reported
        }
        String self = index.entityName(link.declaringTable()) + "." + relationship.name();
        String other = targetEntity + "." + back.value();
        Optional<Located<String>> partnerBack = partner.get().backPopulates();
        if (partnerBack.isEmpty() || !partnerBack.get().value().equals(relationship.name())
                || !partner.get().target().value().equals(index.entityName(link.declaringTable()))) {
            diagnostics.error(back.location(), "'" + self + "' names '" + other + "' in back_populates, but '" + other
                    + "' does not name '" + self + "' back");
            return Optional.empty();
        }
        if (!mirrors(link.kind(), partnerLink.kind())) {
            diagnostics.error(back.location(), "'" + self + "' is " + link.kind().word() + ", so '" + other
                    + "' must be " + link.kind().mirror().word() + ", but it is " + partnerLink.kind().word());
            return Optional.empty();
        }
        boolean sameKey = link.foreignKey().map(c -> c.name()).equals(partnerLink.foreignKey().map(c -> c.name()))
                && link.foreignKeyTable().name().equals(partnerLink.foreignKeyTable().name());
        if (!sameKey) {
            diagnostics.error(back.location(), "'" + self + "' and '" + other
                    + "' use different foreign keys: choose the same one with foreign_key on both sides");
            return Optional.empty();
        }
        return partner;
    }

    /** Whether two kinds form a pair; the key side of a one-to-one may be inferred as many-to-one. */
    private static boolean mirrors(RelationshipKind mine, RelationshipKind theirs) {
        return mine.mirror() == theirs
                || (mine == RelationshipKind.ONE_TO_ONE && theirs == RelationshipKind.MANY_TO_ONE)
                || (mine == RelationshipKind.MANY_TO_ONE && theirs == RelationshipKind.ONE_TO_ONE);
    }
}
