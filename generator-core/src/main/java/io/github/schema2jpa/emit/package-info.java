/**
 * The JPA entity target: {@link io.github.schema2jpa.emit.EntitySources} turns the Java model into Java sources
 * with JavaPoet. Each kind of file has its emitter (entity classes, base classes of customizable tables and the
 * classes created for the user, id classes, enums, collection views), and each concern of an entity class its
 * member emitter; {@code JavaSources} gives every file its header and layout. Relationship code is chosen by shape,
 * through {@link io.github.schema2jpa.resolve.RelationshipProperty.Visitor}: {@code RelationshipFieldEmitter} writes
 * each shape's field, {@code RelationshipAccessorEmitter} hands each shape to its accessor emitter
 * ({@code ToOneAccessorEmitter}, {@code OneToManyAccessorEmitter}, {@code OneToOneAccessorEmitter},
 * {@code ManyToManyAccessorEmitter}), and {@code UnlinkOnRemoveEmitter} asks each shape what it unlinks before a
 * delete. Emitters make no decisions of their own: names come from the naming strategy and
 * {@link io.github.schema2jpa.naming.JavaNames}, numbers such as the batch size from the model. A column's default
 * is written by {@code ColumnDefaultExpression} from its typed value, one branch per kind of default.
 */
package io.github.schema2jpa.emit;
