package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.schema.ColumnDefault;
import io.github.schema2jpa.text.JavaText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A column's default as a Java expression of the column's Java type. Every kind of {@link ColumnDefault} has its
 * branch; a test goes through every permitted kind, so that a new kind without a branch fails.
 */
final class ColumnDefaultExpression {

    private ColumnDefaultExpression() {
    }

    /** {@code value} as a Java expression of {@code javaType}, the column's Java type. */
    static CodeBlock of(ColumnDefault value, TypeName javaType) {
        if (value instanceof ColumnDefault.Now) {
            return CodeBlock.of("$T.now()", javaType);
        } else if (value instanceof ColumnDefault.TextValue text) {
            return CodeBlock.of("$L", JavaText.javaString(text.value()));
        } else if (value instanceof ColumnDefault.BooleanValue bool) {
            return CodeBlock.of("$L", bool.value());
        } else if (value instanceof ColumnDefault.IntValue number) {
            return CodeBlock.of("$L", number.value());
        } else if (value instanceof ColumnDefault.LongValue number) {
            return CodeBlock.of("$LL", number.value());
        } else if (value instanceof ColumnDefault.ShortValue number) {
            return CodeBlock.of("(short) $L", number.value());
        } else if (value instanceof ColumnDefault.FloatValue number) {
            return CodeBlock.of("$L", javaFloat(number.value()));
        } else if (value instanceof ColumnDefault.DoubleValue number) {
            return CodeBlock.of("$L", javaDouble(number.value()));
        } else if (value instanceof ColumnDefault.DecimalValue decimal) {
            return CodeBlock.of("new $T($S)", BigDecimal.class, decimal.written());
        } else if (value instanceof ColumnDefault.TemporalValue temporal) {
            // an Instant is read as the offset date and time it is written as
            return javaType.equals(TypeName.get(Instant.class)) && temporal.value() instanceof OffsetDateTime
                    ? CodeBlock.of("$T.parse($S).toInstant()", OffsetDateTime.class, temporal.written())
                    : CodeBlock.of("$T.parse($S)", temporal.value().getClass(), temporal.written());
        } else if (value instanceof ColumnDefault.UuidValue uuid) {
            return CodeBlock.of("$T.fromString($S)", UUID.class, uuid.written());
        } else if (value instanceof ColumnDefault.EnumConstant constant) {
            return CodeBlock.of("$T.$L", javaType, constant.name());
        }
        throw new IllegalArgumentException("no Java expression for the default " + value);
    }

    /** {@code Float.NaN}, {@code Float.POSITIVE_INFINITY}..., or {@code 1.5F}. */
    private static String javaFloat(float value) {
        return Float.isNaN(value) ? "Float.NaN"
                : value == Float.POSITIVE_INFINITY ? "Float.POSITIVE_INFINITY"
                : value == Float.NEGATIVE_INFINITY ? "Float.NEGATIVE_INFINITY"
                : value + "F";
    }

    /** {@code Double.NaN}, {@code Double.POSITIVE_INFINITY}..., or {@code 1.5D}. */
    private static String javaDouble(double value) {
        return Double.isNaN(value) ? "Double.NaN"
                : value == Double.POSITIVE_INFINITY ? "Double.POSITIVE_INFINITY"
                : value == Double.NEGATIVE_INFINITY ? "Double.NEGATIVE_INFINITY"
                : value + "D";
    }
}
