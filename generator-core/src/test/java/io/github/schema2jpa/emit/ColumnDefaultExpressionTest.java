package io.github.schema2jpa.emit;

import static org.assertj.core.api.Assertions.assertThat;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.schema.ColumnDefault;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Each typed default becomes a Java expression of its column's Java type. */
class ColumnDefaultExpressionTest {

    private static String java(ColumnDefault value, Class<?> javaType) {
        return ColumnDefaultExpression.of(value, TypeName.get(javaType)).toString();
    }

    @Test
    void floatingDefaultsBecomeJavaExpressions() {
        assertThat(java(new ColumnDefault.DoubleValue(Double.NaN), Double.class)).isEqualTo("Double.NaN");
        assertThat(java(new ColumnDefault.DoubleValue(Double.POSITIVE_INFINITY), Double.class))
                .isEqualTo("Double.POSITIVE_INFINITY");
        assertThat(java(new ColumnDefault.DoubleValue(Double.NEGATIVE_INFINITY), Double.class))
                .isEqualTo("Double.NEGATIVE_INFINITY");
        assertThat(java(new ColumnDefault.DoubleValue(1.5), Double.class)).isEqualTo("1.5D");
        assertThat(java(new ColumnDefault.FloatValue(Float.NaN), Float.class)).isEqualTo("Float.NaN");
        assertThat(java(new ColumnDefault.FloatValue(Float.NEGATIVE_INFINITY), Float.class))
                .isEqualTo("Float.NEGATIVE_INFINITY");
        assertThat(java(new ColumnDefault.FloatValue(1.5F), Float.class)).isEqualTo("1.5F");
    }

    @Test
    void wholeNumbersCarryTheirJavaWidth() {
        assertThat(java(new ColumnDefault.IntValue(7), Integer.class)).isEqualTo("7");
        assertThat(java(new ColumnDefault.LongValue(7), Long.class)).isEqualTo("7L");
        assertThat(java(new ColumnDefault.ShortValue((short) -7), Short.class)).isEqualTo("(short) -7");
        assertThat(java(new ColumnDefault.BooleanValue(true), Boolean.class)).isEqualTo("true");
    }

    @Test
    void valuesParsedAgainAtRunTimeKeepTheTextTheSchemaWrote() {
        assertThat(java(new ColumnDefault.DecimalValue(new BigDecimal("1e3"), "1e3"), BigDecimal.class))
                .isEqualTo("new java.math.BigDecimal(\"1e3\")");
        assertThat(java(new ColumnDefault.TemporalValue(LocalTime.of(10, 0), "10:00:00"), LocalTime.class))
                .isEqualTo("java.time.LocalTime.parse(\"10:00:00\")");
        OffsetDateTime noon = OffsetDateTime.parse("2024-01-01T12:00Z");
        assertThat(java(new ColumnDefault.TemporalValue(noon, "2024-01-01T12:00Z"), OffsetDateTime.class))
                .isEqualTo("java.time.OffsetDateTime.parse(\"2024-01-01T12:00Z\")");
        assertThat(java(new ColumnDefault.TemporalValue(noon, "2024-01-01T12:00Z"), Instant.class))
                .isEqualTo("java.time.OffsetDateTime.parse(\"2024-01-01T12:00Z\").toInstant()");
        String id = "123e4567-e89b-12d3-a456-426614174000";
        assertThat(java(new ColumnDefault.UuidValue(UUID.fromString(id), id), UUID.class))
                .isEqualTo("java.util.UUID.fromString(\"" + id + "\")");
    }

    @Test
    void everyKindOfDefaultHasAnExpression() {
        List<Class<?>> kinds = List.of(ColumnDefault.class.getPermittedSubclasses());
        List<ColumnDefault> one = List.of(new ColumnDefault.Now(), new ColumnDefault.TextValue("a"),
                new ColumnDefault.BooleanValue(false), new ColumnDefault.IntValue(1), new ColumnDefault.LongValue(1),
                new ColumnDefault.ShortValue((short) 1), new ColumnDefault.FloatValue(1), new ColumnDefault.DoubleValue(1),
                new ColumnDefault.DecimalValue(BigDecimal.ONE, "1"),
                new ColumnDefault.TemporalValue(LocalTime.NOON, "12:00"),
                new ColumnDefault.UuidValue(new UUID(0, 1), "0-0-0-0-1"), new ColumnDefault.EnumConstant("A"));
        assertThat(one).extracting(Object::getClass).containsExactlyInAnyOrderElementsOf(kinds);
        for (ColumnDefault value : one) {
            assertThat(ColumnDefaultExpression.of(value, ClassName.get("org.example", "Kind")).toString()).isNotBlank();
        }
    }

    @Test
    void textNowAndEnumConstants() {
        assertThat(java(new ColumnDefault.TextValue("say \"hi\"\u202E"), String.class))
                .isEqualTo("\"say \\\"hi\\\"\\u202E\"");
        assertThat(java(new ColumnDefault.Now(), LocalTime.class)).isEqualTo("java.time.LocalTime.now()");
        assertThat(ColumnDefaultExpression.of(new ColumnDefault.EnumConstant("DONE"),
                ClassName.get("org.example", "Status")).toString()).isEqualTo("org.example.Status.DONE");
    }
}
