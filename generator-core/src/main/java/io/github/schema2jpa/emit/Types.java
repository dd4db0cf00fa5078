package io.github.schema2jpa.emit;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import io.github.schema2jpa.resolve.EntityModel;

/** The classes generated code refers to. */
final class Types {

    static final String JPA = "jakarta.persistence";
    static final String HIBERNATE_ANNOTATIONS = "org.hibernate.annotations";

    static final ClassName ENTITY = ClassName.get(JPA, "Entity");
    static final ClassName TABLE = ClassName.get(JPA, "Table");
    static final ClassName MAPPED_SUPERCLASS = ClassName.get(JPA, "MappedSuperclass");
    static final ClassName INDEX = ClassName.get(JPA, "Index");
    static final ClassName UNIQUE_CONSTRAINT = ClassName.get(JPA, "UniqueConstraint");
    static final ClassName ID = ClassName.get(JPA, "Id");
    static final ClassName ID_CLASS = ClassName.get(JPA, "IdClass");
    static final ClassName GENERATED_VALUE = ClassName.get(JPA, "GeneratedValue");
    static final ClassName GENERATION_TYPE = ClassName.get(JPA, "GenerationType");
    static final ClassName SEQUENCE_GENERATOR = ClassName.get(JPA, "SequenceGenerator");
    static final ClassName COLUMN = ClassName.get(JPA, "Column");
    static final ClassName ENUMERATED = ClassName.get(JPA, "Enumerated");
    static final ClassName ENUM_TYPE = ClassName.get(JPA, "EnumType");
    static final ClassName VERSION = ClassName.get(JPA, "Version");
    static final ClassName MANY_TO_ONE = ClassName.get(JPA, "ManyToOne");
    static final ClassName ONE_TO_MANY = ClassName.get(JPA, "OneToMany");
    static final ClassName MANY_TO_MANY = ClassName.get(JPA, "ManyToMany");
    static final ClassName ONE_TO_ONE = ClassName.get(JPA, "OneToOne");
    static final ClassName MAPS_ID = ClassName.get(JPA, "MapsId");
    static final ClassName JOIN_TABLE = ClassName.get(JPA, "JoinTable");
    static final ClassName JOIN_COLUMN = ClassName.get(JPA, "JoinColumn");
    static final ClassName FOREIGN_KEY = ClassName.get(JPA, "ForeignKey");
    static final ClassName CONSTRAINT_MODE = ClassName.get(JPA, "ConstraintMode");
    static final ClassName FETCH_TYPE = ClassName.get(JPA, "FetchType");
    static final ClassName CASCADE_TYPE = ClassName.get(JPA, "CascadeType");
    static final ClassName ORDER_BY = ClassName.get(JPA, "OrderBy");
    static final ClassName PRE_PERSIST = ClassName.get(JPA, "PrePersist");
    static final ClassName PRE_REMOVE = ClassName.get(JPA, "PreRemove");

    static final ClassName HIBERNATE = ClassName.get("org.hibernate", "Hibernate");
    static final ClassName LENGTH = ClassName.get("org.hibernate", "Length");
    static final ClassName LAZY_INITIALIZABLE = ClassName.get("org.hibernate.collection.spi", "LazyInitializable");
    static final ClassName COLUMN_DEFAULT = ClassName.get(HIBERNATE_ANNOTATIONS, "ColumnDefault");
    static final ClassName ON_DELETE = ClassName.get(HIBERNATE_ANNOTATIONS, "OnDelete");
    static final ClassName ON_DELETE_ACTION = ClassName.get(HIBERNATE_ANNOTATIONS, "OnDeleteAction");
    static final ClassName BATCH_SIZE = ClassName.get(HIBERNATE_ANNOTATIONS, "BatchSize");
    static final ClassName FETCH = ClassName.get(HIBERNATE_ANNOTATIONS, "Fetch");
    static final ClassName FETCH_MODE = ClassName.get(HIBERNATE_ANNOTATIONS, "FetchMode");

    private Types() {
    }

    /**
     * How generated code passes the entity itself to the other side: {@code this}, or {@code (Package) this} in the
     * base class of a customizable table, whose methods the other side declares for the entity class.
     */
    static CodeBlock self(EntityModel entity) {
        return entity.customizable() ? CodeBlock.of("($T) this", entity.className()) : CodeBlock.of("this");
    }
}
