package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.link.KeyRole;
import io.github.schema2jpa.schema.ReferentialAction;
import io.github.schema2jpa.schema.RelationshipKind;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * One side of a relationship, as one of its shapes: each shape is a record that holds what its code needs, and
 * code that writes relationships handles every shape through a {@link Visitor}, so that a new shape is a compile
 * error wherever it is not handled yet.
 *
 * <p>The shapes: the side that holds the foreign key of a to-one ({@link ManyToOneSide} in a one-to-many pair,
 * {@link OneToOneOwningSide} in a one-to-one pair, {@link OneDirectionalToOne} alone), the collection of a one-to-many
 * ({@link OneToManySide} in a pair, {@link OneDirectionalOneToMany} alone), the side of a one-to-one without the key
 * ({@link InverseOneToOne} in a pair, {@link OneDirectionalInverseOneToOne} alone), and a many-to-many
 * ({@link ManyToManyOwningSide} with the {@code @JoinTable} and {@link ManyToManyInverseSide} in a pair,
 * {@link OneDirectionalManyToMany} alone).
 */
public sealed interface RelationshipProperty permits ToOneOwner, CollectionSide, Paired,
        OneDirectionalInverseOneToOne {

    /** What every shape has: names, target, Javadoc, loading and cascade. */
    RelationshipBasics basics();

    /** Calls the method of {@code visitor} for this shape. */
    <R> R accept(Visitor<R> visitor);

    default PropertyNames names() {
        return basics().names();
    }

    default ClassName target() {
        return basics().target();
    }

    default String singular() {
        return basics().singular();
    }

    // The queries below serve the checks and lookups that ask one question of any side (the namespace check, the
    // identifier's key parts); code that writes a relationship handles each shape through a Visitor instead.

    /** The cardinality seen from this side, as generated. */
    default RelationshipKind kind() {
        if (this instanceof CollectionSide) {
            return isManyToMany() ? RelationshipKind.MANY_TO_MANY : RelationshipKind.ONE_TO_MANY;
        }
        boolean manyToOne = this instanceof ManyToOneSide
                || this instanceof OneDirectionalToOne oneDirectional && !oneDirectional.oneToOne();
        return manyToOne ? RelationshipKind.MANY_TO_ONE : RelationshipKind.ONE_TO_ONE;
    }

    /** Whether the property is a list or a set of the target (the side of a one-to-one without the key is not). */
    default boolean isCollection() {
        return this instanceof CollectionSide;
    }

    default boolean isManyToMany() {
        return this instanceof ManyToManyOwningSide || this instanceof ManyToManyInverseSide
                || this instanceof OneDirectionalManyToMany;
    }

    /** Whether this is the side of a one-to-one without the foreign key, held in a list of at most one element. */
    default boolean isOneToOneInverse() {
        return this instanceof InverseOneToOne || this instanceof OneDirectionalInverseOneToOne;
    }

    /** The foreign key column of this side's own table that this side maps: present on the side with the key. */
    default Optional<JoinColumn> joinColumn() {
        return this instanceof ToOneOwner owner ? Optional.of(owner.key().column()) : Optional.empty();
    }

    /** What the foreign key this side maps is to its entity's primary key: {@link KeyRole#PLAIN} off a to-one owner. */
    default KeyRole keyRole() {
        return this instanceof ToOneOwner owner ? owner.key().role() : KeyRole.PLAIN;
    }

    default boolean sharesPrimaryKey() {
        return keyRole() == KeyRole.SHARED_PRIMARY_KEY;
    }

    /** The association table mapped once more from the side of a many-to-many pair without the {@code @JoinTable}. */
    default Optional<JoinTable> linkRows() {
        return this instanceof ManyToManyInverseSide inverse
                ? Optional.of(inverse.associationTable()) : Optional.empty();
    }

    /** The other side of the pair, for a side of a back_populates pair. */
    default Optional<Partner> partner() {
        return this instanceof Paired paired ? Optional.of(paired.other()) : Optional.empty();
    }

    /**
     * The private method of the collection side of a one-to-many pair that loads the collection and leaves out what
     * has left it since its rows were read ({@code loadedReleases}).
     */
    default String loadedMethod() {
        return "loaded" + names().getter().substring("get".length());
    }

    /**
     * Code that handles every shape: one method per shape.
     *
     * @param <R> what handling a shape gives
     */
    interface Visitor<R> {

        R manyToOne(ManyToOneSide side);

        R oneToOneOwning(OneToOneOwningSide side);

        R oneDirectionalToOne(OneDirectionalToOne side);

        R oneToMany(OneToManySide side);

        R oneDirectionalOneToMany(OneDirectionalOneToMany side);

        R inverseOneToOne(InverseOneToOne side);

        R oneDirectionalInverseOneToOne(OneDirectionalInverseOneToOne side);

        R manyToManyOwning(ManyToManyOwningSide side);

        R manyToManyInverse(ManyToManyInverseSide side);

        R oneDirectionalManyToMany(OneDirectionalManyToMany side);

        /**
         * A visitor made of one function per shape, in the order of this interface's methods: for code whose cases
         * are one expression each. Each function is typed by its shape, so the compiler still checks every case.
         */
        static <R> Visitor<R> of(
                Function<ManyToOneSide, R> manyToOne,
                Function<OneToOneOwningSide, R> oneToOneOwning,
                Function<OneDirectionalToOne, R> oneDirectionalToOne,
                Function<OneToManySide, R> oneToMany,
                Function<OneDirectionalOneToMany, R> oneDirectionalOneToMany,
                Function<InverseOneToOne, R> inverseOneToOne,
                Function<OneDirectionalInverseOneToOne, R> oneDirectionalInverseOneToOne,
                Function<ManyToManyOwningSide, R> manyToManyOwning,
                Function<ManyToManyInverseSide, R> manyToManyInverse,
                Function<OneDirectionalManyToMany, R> oneDirectionalManyToMany) {
            return new Visitor<>() {
                @Override public R manyToOne(ManyToOneSide side) { return manyToOne.apply(side); }
                @Override public R oneToOneOwning(OneToOneOwningSide side) { return oneToOneOwning.apply(side); }
                @Override public R oneDirectionalToOne(OneDirectionalToOne side) { return oneDirectionalToOne.apply(side); }
                @Override public R oneToMany(OneToManySide side) { return oneToMany.apply(side); }
                @Override public R oneDirectionalOneToMany(OneDirectionalOneToMany side) {
                    return oneDirectionalOneToMany.apply(side);
                }
                @Override public R inverseOneToOne(InverseOneToOne side) { return inverseOneToOne.apply(side); }
                @Override public R oneDirectionalInverseOneToOne(OneDirectionalInverseOneToOne side) {
                    return oneDirectionalInverseOneToOne.apply(side);
                }
                @Override public R manyToManyOwning(ManyToManyOwningSide side) { return manyToManyOwning.apply(side); }
                @Override public R manyToManyInverse(ManyToManyInverseSide side) { return manyToManyInverse.apply(side); }
                @Override public R oneDirectionalManyToMany(OneDirectionalManyToMany side) {
                    return oneDirectionalManyToMany.apply(side);
                }
            };
        }
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
     */
    public record Partner(PropertyNames names, String singular) {
    }
}
