/**
 * The JPA entity target: {@link io.github.schema2jpa.emit.EntitySources} turns the Java model into Java sources
 * with JavaPoet. Each kind of file has its emitter (entity classes, base classes of customizable tables and the
 * classes created for the user, id classes, enums, collection views), and each concern of an entity class its
 * member emitter; {@code JavaSources} gives every file its header and layout.
 */
package io.github.schema2jpa.emit;
