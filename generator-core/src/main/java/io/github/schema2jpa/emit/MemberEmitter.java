package io.github.schema2jpa.emit;

import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.EntityModel;

/** Adds one concern's members (fields, methods, annotations) to an entity class. */
interface MemberEmitter {

    void emit(EntityModel entity, TypeSpec.Builder type);
}
