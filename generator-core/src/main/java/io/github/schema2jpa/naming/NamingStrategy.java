package io.github.schema2jpa.naming;

import java.util.List;

/**
 * Every naming decision the generator makes, in one place: Java names from database names, helper names, and the
 * names of constraints in the DDL. Emitters never invent a name themselves.
 */
public interface NamingStrategy {

    /** The standard strategy: SQLAlchemy's conventions on the database side, JavaBeans on the Java side. */
    static NamingStrategy standard() {
        return new StandardNamingStrategy();
    }

    /** The entity name for a table without an explicit {@code entity}: {@code release_files} gives {@code ReleaseFile}. */
    String entityName(String tableName);

    /** The Java property name of a column or relationship: {@code created_date} gives {@code createdDate}. */
    String propertyName(String schemaName);

    /** The singular of a collection's name, for helper methods: {@code releases} gives {@code release}. */
    String singular(String pluralName);

    /** Names of the helpers that keep a pair in step, from the singular of a collection ({@code release}). */
    HelperNames helperNames(String singular);

    /** The class of a composite primary key of an entity: {@code Maintainer} gives {@code MaintainerId}. */
    String idClassName(String entityName);

    /**
     * The generated superclass that holds the mapping of a customizable table's entity: {@code Package} gives
     * {@code PackageBase}.
     */
    String baseClassName(String entityName);

    /** The field that holds a property: the property name, with a trailing underscore if it is a Java keyword. */
    String fieldName(String propertyName);

    /** {@code getCreatedDate}, or {@code isActive} never: JavaBeans {@code get} is used for every type. */
    String getterName(String propertyName);

    /** {@code setCreatedDate}. */
    String setterName(String propertyName);

    /** The Java name of an enum column's type when the schema gives no {@code enum_name}. */
    String enumTypeName(String entityName, String columnName);

    /** How an identifier is written in a mapping annotation: quoted when it is an SQL reserved word. */
    String sqlIdentifier(String name);

    /**
     * Name of the index of {@code columns} on {@code table} ({@code ix_releases_major_ver}). This and the other
     * constraint names below are shortened as SQLAlchemy shortens them when longer than PostgreSQL's 63 bytes.
     */
    String indexName(String table, List<String> columns);

    /** Name of a unique constraint ({@code uq_releases_major_ver_minor_ver}). */
    String uniqueConstraintName(String table, List<String> columns);

    /** Name of a foreign key constraint ({@code fk_releases_package_id_packages}). */
    String foreignKeyName(String table, String column, String referencedTable);

    /** Name of the sequence behind a sequence-generated key ({@code releases_id_seq}). */
    String sequenceName(String table, String column);
}
