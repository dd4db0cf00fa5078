package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.schema.LoadingStrategy;
import io.github.schema2jpa.schema.ReferentialAction;
import io.github.schema2jpa.schema.RelationshipKind;
import java.util.Optional;
import java.util.List;

/**
 * A relationship property and everything needed to keep its pair in step.
 *
 * @param names Java names of the property
 * @param kind the cardinality seen from this side
 * @param target the entity at the other end
 * @param joinColumn the foreign key this side maps, when this side owns the relationship
 * @param joinTable the association table, when this side owns a many-to-many relationship
 * @param keyRole whether the foreign key this side maps is (part of) its entity's primary key
 * @param orderBy the JPQL order of a collection ({@code majorVer DESC, ...}), empty for none
 * @param cascadeTypes the JPA cascade types ({@code PERSIST}, ...) that SQLAlchemy's cascade words in force become
 * @param orphanRemoval whether delete-orphan is in force
 * @param loading the loading strategy
 * @param passiveDeletes whether the database deletes the rows (ON DELETE CASCADE)
 * @param singular helper-name stem: {@code release} in {@code addRelease}
 * @param partner the other side, when the relationship is a back_populates pair
 * @param doc Javadoc text, already escaped for a comment ({@link io.github.schema2jpa.text.SchemaText#javadoc})
 * @param linkRows for the side of a many-to-many pair without the {@code @JoinTable}, the association table seen
 *     from this side: mapped once more as a collection that nothing changes, so that Hibernate deletes this entity's
 *     link rows when it deletes the entity, with one statement and without loading anything
 * @param keyInTarget whether the foreign key is in the target's table, for a to-one side: the side of a one-to-one
 *     without the key
 */
public record RelationshipProperty(
        PropertyNames names,
        RelationshipKind kind,
        ClassName target,
        Optional<JoinColumn> joinColumn,
        Optional<JoinTable> joinTable,
        KeyRole keyRole,
        String orderBy,
        List<String> cascadeTypes,
        boolean orphanRemoval,
        LoadingStrategy loading,
        boolean passiveDeletes,
        String singular,
        Optional<Partner> partner,
        Optional<String> doc,
        Optional<JoinTable> linkRows,
        boolean keyInTarget) {

    public RelationshipProperty {
        cascadeTypes = List.copyOf(cascadeTypes);
    }

    public boolean isCollection() {
        return !kind.isScalar();
    }

    public boolean isManyToMany() {
        return kind == RelationshipKind.MANY_TO_MANY;
    }

    /**
     * The private method of the collection side of a one-to-many pair that loads the collection and leaves out what
     * has left it since its rows were read ({@code loadedReleases}).
     */
    public String loadedMethod() {
        return "loaded" + names.getter().substring("get".length());
    }

    /** What the foreign key a to-one side maps is to its entity's primary key. */
    public enum KeyRole {
        /** An ordinary column. */
        NONE,
        /** The whole primary key, shared with the referenced entity: {@code @MapsId}. */
        SHARED,
        /** One part of a composite primary key: an {@code @Id} relationship, in the entity's {@code @IdClass}. */
        PART
    }

    public boolean sharesPrimaryKey() {
        return keyRole == KeyRole.SHARED;
    }

    /**
     * Whether this is the side of a one-to-one without the foreign key: mapped as a lazy collection of at most one
     * element, so that loading the entity loads nothing else; {@link #joinColumn} is the key in the other table.
     */
    public boolean isOneToOneInverse() {
        return kind == RelationshipKind.ONE_TO_ONE && keyInTarget;
    }

    /**
     * The foreign key column mapped by an owning side.
     *
     * @param sqlName the column as written in the mapping
     * @param nullable whether the column accepts NULL
     * @param foreignKeyName the constraint's name
     * @param onDelete the database's ON DELETE action
     * @param keyProperty the Java names of the foreign key's own value ({@code packageId})
     * @param keyType the Java type of the key value
     * @param targetIdGetter the getter of the referenced column's property ({@code getId}, or {@code getUsername}
     *     for a foreign key to a unique column)
     * @param referencedColumn the referenced column as written in the mapping, when it is not the target's primary
     *     key (a unique column): JPA's {@code referencedColumnName}
     */
    public record JoinColumn(
            String sqlName,
            boolean nullable,
            String foreignKeyName,
            Optional<ReferentialAction> onDelete,
            PropertyNames keyProperty,
            TypeName keyType,
            String targetIdGetter,
            Optional<String> referencedColumn) {
    }

    /**
     * The association table of a many-to-many relationship, seen from its owning side.
     *
     * @param sqlName the table as written in the mapping
     * @param joinColumn the column referencing the owning side's entity
     * @param joinForeignKeyName the constraint's name
     * @param joinForeignKeyDefinition the constraint's whole SQL definition, when it has an ON DELETE action
     * @param inverseJoinColumn the column referencing the other side's entity
     * @param inverseForeignKeyName the constraint's name
     * @param inverseForeignKeyDefinition the constraint's whole SQL definition, when it has an ON DELETE action
     * @param onDelete the database's ON DELETE action on the row of the owning side's entity
     * @param indexes the association table's indexes
     * @param uniqueConstraints the association table's unique constraints
     */
    public record JoinTable(
            String sqlName,
            String joinColumn,
            String joinForeignKeyName,
            Optional<String> joinForeignKeyDefinition,
            String inverseJoinColumn,
            String inverseForeignKeyName,
            Optional<String> inverseForeignKeyDefinition,
            Optional<ReferentialAction> onDelete,
            List<EntityModel.ConstraintModel> indexes,
            List<EntityModel.ConstraintModel> uniqueConstraints) {

        public JoinTable {
            indexes = List.copyOf(indexes);
            uniqueConstraints = List.copyOf(uniqueConstraints);
        }
    }

    /**
     * The other side of a back_populates pair, as this side's generated code calls it.
     *
     * @param names Java names of the partner property
     * @param singular the partner's helper-name stem
     * @param collection whether the partner is a collection
     * @param keyRole what the foreign key the partner maps is to the partner's entity's primary key: a key part
     *     cannot be changed once the entity is persisted
     * @param keyGetter the getter of the partner's entity that reads the foreign key the partner maps without
     *     loading the entity it references, when the partner holds a foreign key of its own
     * @param referencedGetter the getter of this side's entity that reads what the partner's foreign key references
     *     (its identifier, or a unique column), when the partner holds a foreign key of its own
     * @param orphanRemoval whether the partner deletes what leaves it (delete-orphan)
     */
    public record Partner(PropertyNames names, String singular, boolean collection, KeyRole keyRole,
            Optional<String> keyGetter, Optional<String> referencedGetter, boolean orphanRemoval) {
    }
}
