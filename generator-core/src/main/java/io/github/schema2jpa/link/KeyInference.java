package io.github.schema2jpa.link;

import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.RelationshipKind;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Infers each relationship's direction from the foreign keys, as SQLAlchemy does: the side whose table holds the
 * foreign key to the other is many-to-one; the other side is one-to-many, or one-to-one with {@code uselist: false};
 * a {@code secondary} table makes it many-to-many. {@code kind} and {@code foreign_key} settle what cannot be
 * inferred.
 */
final class KeyInference {

    /** A link, or why there is none. */
    sealed interface Outcome permits Inferred, Failed {
    }

    /** The relationship's direction and key. */
    record Inferred(InferredLink link) implements Outcome {
    }

    /** The relationship cannot be linked; {@code message} says why. */
    record Failed(SourceLocation location, String message) implements Outcome {
    }

    private final SchemaIndex index;

    KeyInference(SchemaIndex index) {
        this.index = index;
    }

    Outcome infer(Table declaring, Relationship relationship) {
        Located<String> targetName = relationship.target();
        Optional<Table> maybeTarget = index.tableOfEntity(targetName.value());
        if (maybeTarget.isEmpty()) {
            return new Failed(targetName.location(), "relationship target '" + targetName.value()
                    + "' is not an entity" + Suggestions.didYouMean(targetName.value(), index.entityNames()));
        }
        Table target = maybeTarget.get();
        Optional<RelationshipKind> kind = relationship.kind().map(Located::value);
        if (relationship.secondary().isPresent()) {
            return linkThroughSecondary(declaring, target, relationship, relationship.secondary().get());
        }
        if (kind.isPresent() && kind.get() == RelationshipKind.MANY_TO_MANY) {
            return new Failed(relationship.kind().get().location(),
                    "a many_to_many relationship needs a 'secondary' association table");
        }
        List<Column> declaringKeys = index.foreignKeys(declaring, target);
        List<Column> targetKeys = index.foreignKeys(target, declaring);
        boolean selfReferential = declaring.name().equals(target.name());
        if (relationship.foreignKey().isPresent()) {
            return linkByChosenKey(declaring, target, relationship, relationship.foreignKey().get(), kind, declaringKeys, targetKeys);
        }
        if (declaringKeys.isEmpty() && targetKeys.isEmpty()) {
            return new Failed(relationship.location(), "no foreign key links table '" + declaring.name() + "' and table '"
                    + target.name() + "': add a foreign_key column to one of them");
        }
        if (selfReferential && kind.isEmpty()) {
            return new Failed(relationship.location(), "relationship '" + relationship.name() + "' links table '"
                    + declaring.name() + "' to itself: give its kind (many_to_one or one_to_many)");
        }
        boolean scalarSide = kind.map(k -> k == RelationshipKind.MANY_TO_ONE
                        || (k == RelationshipKind.ONE_TO_ONE && !declaringKeys.isEmpty()))
                .orElse(!declaringKeys.isEmpty() && targetKeys.isEmpty());
        boolean collectionSide = kind.map(k -> k == RelationshipKind.ONE_TO_MANY
                        || (k == RelationshipKind.ONE_TO_ONE && declaringKeys.isEmpty()))
                .orElse(declaringKeys.isEmpty() && !targetKeys.isEmpty());
        if (scalarSide) {
            return single(relationship, declaring, target, declaringKeys, declaring,
                    kind.orElse(RelationshipKind.MANY_TO_ONE));
        }
        if (collectionSide) {
            RelationshipKind inferred = relationship.uselist().map(Located::value).orElse(true)
                    ? RelationshipKind.ONE_TO_MANY : RelationshipKind.ONE_TO_ONE;
            return single(relationship, declaring, target, targetKeys, target, kind.orElse(inferred));
        }
        return new Failed(relationship.location(), "tables '" + declaring.name() + "' and '" + target.name()
                + "' reference each other: choose the foreign key with foreign_key, or give the kind");
    }

    private Outcome single(Relationship relationship, Table declaring, Table target, List<Column> keys, Table keyTable,
            RelationshipKind kind) {
        if (keys.isEmpty()) {
            return new Failed(relationship.location(), "no foreign key in table '" + keyTable.name()
                    + "' references table '" + (keyTable == declaring ? target : declaring).name() + "' for this "
                    + kind.word() + " relationship");
        }
        if (keys.size() > 1) {
            return new Failed(relationship.location(), "several foreign keys link table '" + declaring.name()
                    + "' and table '" + target.name() + "' (" + names(keys) + "): choose one with foreign_key");
        }
        return new Inferred(new InferredLink(declaring, target, kind, keyTable, Optional.of(keys.get(0)), Optional.empty()));
    }

    private Outcome linkByChosenKey(Table declaring, Table target, Relationship relationship, Located<String> chosen,
            Optional<RelationshipKind> kind, List<Column> declaringKeys, List<Column> targetKeys) {
        String text = chosen.value();
        int dot = text.indexOf('.');
        Optional<String> tableName = dot > 0 ? Optional.of(text.substring(0, dot)) : Optional.empty();
        String columnName = dot > 0 ? text.substring(dot + 1) : text;
        Optional<Column> inDeclaring = declaringKeys.stream()
                .filter(c -> c.name().equals(columnName) && tableName.map(declaring.name()::equals).orElse(true))
                .findFirst();
        Optional<Column> inTarget = targetKeys.stream()
                .filter(c -> c.name().equals(columnName) && tableName.map(target.name()::equals).orElse(true))
                .findFirst();
        if (inDeclaring.isEmpty() && inTarget.isEmpty()) {
            List<String> candidates = java.util.stream.Stream.concat(declaringKeys.stream(), targetKeys.stream())
                    .map(Column::name).distinct().toList();
            return new Failed(chosen.location(), "'" + text + "' is not a foreign key between table '" + declaring.name()
                    + "' and table '" + target.name() + "'" + Suggestions.didYouMean(columnName, candidates));
        }
        boolean declaringSide;
        if (inDeclaring.isPresent() && inTarget.isPresent()) {
            if (kind.isEmpty()) {
                return new Failed(relationship.location(), "relationship '" + relationship.name() + "' links table '"
                        + declaring.name() + "' to itself: give its kind (many_to_one or one_to_many)");
            }
            declaringSide = kind.get() == RelationshipKind.MANY_TO_ONE
                    || (kind.get() == RelationshipKind.ONE_TO_ONE && !relationship.uselist().isPresent());
        } else {
            declaringSide = inDeclaring.isPresent();
        }
        if (declaringSide) {
            return new Inferred(new InferredLink(declaring, target, kind.orElse(RelationshipKind.MANY_TO_ONE), declaring,
                    inDeclaring, Optional.empty()));
        }
        RelationshipKind inferred = relationship.uselist().map(Located::value).orElse(true)
                ? RelationshipKind.ONE_TO_MANY : RelationshipKind.ONE_TO_ONE;
        return new Inferred(new InferredLink(declaring, target, kind.orElse(inferred), target, inTarget, Optional.empty()));
    }

    private Outcome linkThroughSecondary(Table declaring, Table target, Relationship relationship, Located<String> name) {
        Optional<Table> secondary = index.table(name.value());
        if (secondary.isEmpty()) {
            return new Failed(name.location(), "secondary table '" + name.value() + "' does not exist"
                    + Suggestions.didYouMean(name.value(), index.tableNames()));
        }
        if (relationship.kind().isPresent() && relationship.kind().get().value() != RelationshipKind.MANY_TO_MANY) {
            return new Failed(relationship.kind().get().location(),
                    "a relationship through a secondary table is many_to_many, not " + relationship.kind().get().value().word());
        }
        Table association = secondary.get();
        for (Table side : List.of(declaring, target)) {
            if (index.foreignKeys(association, side).isEmpty()) {
                return new Failed(name.location(), "secondary table '" + association.name()
                        + "' has no foreign key to table '" + side.name() + "'");
            }
        }
        return new Inferred(new InferredLink(declaring, target, RelationshipKind.MANY_TO_MANY, association,
                Optional.empty(), Optional.of(association)));
    }

    private static String names(List<Column> columns) {
        return columns.stream().map(Column::name).collect(Collectors.joining(", "));
    }
}
