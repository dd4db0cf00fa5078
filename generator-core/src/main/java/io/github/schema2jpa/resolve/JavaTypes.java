package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ArrayTypeName;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import io.github.schema2jpa.GeneratorOptions;
import io.github.schema2jpa.schema.ColumnType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/** The Java type of each column type. Wrapper types throughout, so that "not set" is {@code null}, as in SQL. */
final class JavaTypes {

    private final GeneratorOptions options;

    JavaTypes(GeneratorOptions options) {
        this.options = options;
    }

    /** The Java type of a column; enum columns take {@code enumType}. */
    TypeName of(ColumnType type, ClassName enumType) {
        return switch (type) {
            case STRING, TEXT -> ClassName.get(String.class);
            case INTEGER -> ClassName.get(Integer.class);
            case BIGINT -> ClassName.get(Long.class);
            case SMALLINT -> ClassName.get(Short.class);
            case BOOLEAN -> ClassName.get(Boolean.class);
            case FLOAT -> ClassName.get(Float.class);
            case DOUBLE -> ClassName.get(Double.class);
            case DECIMAL -> ClassName.get(BigDecimal.class);
            case DATE -> ClassName.get(LocalDate.class);
            case TIME -> ClassName.get(LocalTime.class);
            case DATETIME -> ClassName.get(LocalDateTime.class);
            case TIMESTAMPTZ -> options.timestampWithTimeZone() == GeneratorOptions.TimestampWithTimeZoneType.INSTANT
                    ? ClassName.get(Instant.class)
                    : ClassName.get(OffsetDateTime.class);
            case UUID -> ClassName.get(UUID.class);
            case BINARY -> ArrayTypeName.of(TypeName.BYTE);
            case ENUM -> enumType;
        };
    }
}
