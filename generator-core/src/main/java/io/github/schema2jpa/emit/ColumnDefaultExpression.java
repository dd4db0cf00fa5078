package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.schema.ColumnDefault;
import io.github.schema2jpa.text.JavaText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.Temporal;
import java.util.UUID;

/** A column's default as a Java expression of the column's Java type, one method per kind of default. */
final class ColumnDefaultExpression implements ColumnDefault.Cases<CodeBlock> {

    private final TypeName javaType;

    private ColumnDefaultExpression(TypeName javaType) {
        this.javaType = javaType;
    }

    /** {@code value} as a Java expression of {@code javaType}, the column's Java type. */
    static CodeBlock of(ColumnDefault value, TypeName javaType) {
        return value.accept(new ColumnDefaultExpression(javaType));
    }

    @Override
    public CodeBlock now() {
        return CodeBlock.of("$T.now()", javaType);
    }

    @Override
    public CodeBlock text(String value) {
        return CodeBlock.of("$L", JavaText.javaString(value));
    }

    @Override
    public CodeBlock bool(boolean value) {
        return CodeBlock.of("$L", value);
    }

    @Override
    public CodeBlock intValue(int value) {
        return CodeBlock.of("$L", value);
    }

    @Override
    public CodeBlock longValue(long value) {
        return CodeBlock.of("$LL", value);
    }

    @Override
    public CodeBlock shortValue(short value) {
        return CodeBlock.of("(short) $L", value);
    }

    @Override
    public CodeBlock floatValue(float value) {
        return CodeBlock.of("$L", Float.isNaN(value) ? "Float.NaN"
                : value == Float.POSITIVE_INFINITY ? "Float.POSITIVE_INFINITY"
                : value == Float.NEGATIVE_INFINITY ? "Float.NEGATIVE_INFINITY"
                : value + "F");
    }

    @Override
    public CodeBlock doubleValue(double value) {
        return CodeBlock.of("$L", Double.isNaN(value) ? "Double.NaN"
                : value == Double.POSITIVE_INFINITY ? "Double.POSITIVE_INFINITY"
                : value == Double.NEGATIVE_INFINITY ? "Double.NEGATIVE_INFINITY"
                : value + "D");
    }

    @Override
    public CodeBlock decimal(BigDecimal value, String written) {
        return CodeBlock.of("new $T($S)", BigDecimal.class, written);
    }

    @Override
    public CodeBlock temporal(Temporal value, String written) {
        // an Instant is read as the offset date and time it is written as
        return javaType.equals(TypeName.get(Instant.class))
                ? CodeBlock.of("$T.parse($S).toInstant()", value.getClass(), written)
                : CodeBlock.of("$T.parse($S)", value.getClass(), written);
    }

    @Override
    public CodeBlock uuid(UUID value, String written) {
        return CodeBlock.of("$T.fromString($S)", UUID.class, written);
    }

    @Override
    public CodeBlock enumConstant(String name) {
        return CodeBlock.of("$T.$L", javaType, name);
    }
}
