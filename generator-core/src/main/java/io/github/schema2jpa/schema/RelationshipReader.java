package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/** Reads one relationship, in SQLAlchemy's vocabulary. */
final class RelationshipReader {

    private static final List<String> RELATIONSHIP_KEYS = List.of(
            "target", "back_populates", "order_by", "lazy", "cascade", "secondary", "uselist", "foreign_key", "kind",
            "passive_deletes", "java_name", "singular", "doc", "single_parent");

    private final String file;
    private final Diagnostics diagnostics;

    RelationshipReader(String file, Diagnostics diagnostics) {
        this.file = file;
        this.diagnostics = diagnostics;
    }

    Optional<Relationship> read(MappingReader.Entry entry) {
        String name = entry.key();
        String where = "in relationship '" + name + "'";
        Optional<MappingReader> maybeReader =
                MappingReader.of(file, diagnostics, where, "relationship '" + name + "'", entry.value());
        if (maybeReader.isEmpty()) {
            return Optional.empty();
        }
        MappingReader reader = maybeReader.get().allowOnly(RELATIONSHIP_KEYS);
        Optional<Located<String>> target = reader.string("target");
        if (!reader.has("target")) {
            diagnostics.error(entry.keyLocation(), "relationship '" + name + "' has no target");
        }
        Optional<Located<Set<CascadeOption>>> cascade = reader.stringList("cascade", true)
                .flatMap(words -> cascade(reader, words));
        List<Relationship.OrderTerm> orderBy = reader.stringList("order_by", false)
                .map(terms -> orderTerms(terms.value()))
                .orElse(List.of());
        if (target.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Relationship(
                name,
                entry.keyLocation(),
                target.get(),
                reader.string("back_populates"),
                orderBy,
                reader.keyword("lazy", LoadingStrategy.class, "loading strategy"),
                cascade,
                reader.string("secondary"),
                reader.bool("uselist"),
                reader.string("foreign_key"),
                reader.keyword("kind", RelationshipKind.class, "relationship kind"),
                reader.bool("passive_deletes").map(Located::value).orElse(false),
                reader.string("java_name"),
                reader.string("singular"),
                reader.string("doc").map(Located::value),
                reader.bool("single_parent")));
    }

    private Optional<Located<Set<CascadeOption>>> cascade(MappingReader reader, Located<List<Located<String>>> words) {
        Set<CascadeOption> options = EnumSet.noneOf(CascadeOption.class);
        boolean ok = true;
        for (Located<String> word : words.value()) {
            Optional<Located<CascadeOption>> option = reader.keyword(word, CascadeOption.class, "cascade");
            option.ifPresent(o -> options.add(o.value()));
            ok &= option.isPresent();
        }
        return ok ? Optional.of(new Located<>(Set.copyOf(options), words.location())) : Optional.empty();
    }

    private List<Relationship.OrderTerm> orderTerms(List<Located<String>> terms) {
        List<Relationship.OrderTerm> result = new ArrayList<>();
        for (Located<String> term : terms) {
            String[] words = term.value().strip().split("\\s+");
            SourceLocation location = term.location();
            boolean descending = false;
            if (words.length == 2) {
                String direction = words[1].toLowerCase(Locale.ROOT);
                if (direction.equals("desc")) {
                    descending = true;
                } else if (!direction.equals("asc")) {
                    diagnostics.error(location, "an order_by term is 'column', 'column asc' or 'column desc', not '"
                            + term.value() + "'");
                    continue;
                }
            } else if (words.length != 1 || words[0].isEmpty()) {
                diagnostics.error(location, "an order_by term is 'column', 'column asc' or 'column desc', not '"
                        + term.value() + "'");
                continue;
            }
            result.add(new Relationship.OrderTerm(new Located<>(words[0], location), descending));
        }
        return result;
    }
}
