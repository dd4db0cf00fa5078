package io.github.schema2jpa.emit;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.naming.JavaNames;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.text.SchemaText;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import javax.lang.model.element.Modifier;

/**
 * Client-side defaults, as SQLAlchemy's {@code Column(default=...)}: a {@code @PrePersist} callback fills every
 * column that has a default and no value when the entity is persisted.
 */
final class DefaultsEmitter implements MemberEmitter {

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        List<ColumnProperty> withDefaults =
                entity.columns().stream().filter(column -> column.defaultValue().isPresent()).toList();
        if (withDefaults.isEmpty()) {
            return;
        }
        MethodSpec.Builder method = MethodSpec.methodBuilder(JavaNames.APPLY_DEFAULTS)
                .addAnnotation(Types.PRE_PERSIST)
                .addModifiers(Modifier.PROTECTED)
                .addJavadoc("Gives columns that have a default and no value their default, just before insert.\n");
        for (ColumnProperty column : withDefaults) {
            method.beginControlFlow("if ($N == null)", column.names().field())
                    .addStatement("$N = $L", column.names().field(), value(column))
                    .endControlFlow();
        }
        type.addMethod(method.build());
    }

    private static CodeBlock value(ColumnProperty column) {
        TypeName javaType = column.javaType();
        if (column.defaultValue().orElseThrow() instanceof ColumnProperty.Now) {
            return CodeBlock.of("$T.now()", javaType);
        }
        String text = ((ColumnProperty.Literal) column.defaultValue().orElseThrow()).text();
        return switch (column.columnType()) {
            case STRING, TEXT -> CodeBlock.of("$L", SchemaText.javaString(text));
            case BOOLEAN -> CodeBlock.of("$L", text);
            case INTEGER -> CodeBlock.of("$L", Integer.parseInt(text));
            case BIGINT -> CodeBlock.of("$LL", Long.parseLong(text));
            case SMALLINT -> CodeBlock.of("(short) $L", Short.parseShort(text));
            case FLOAT -> CodeBlock.of("$L", SchemaText.javaFloat(text));
            case DOUBLE -> CodeBlock.of("$L", SchemaText.javaDouble(text));
            case DECIMAL -> CodeBlock.of("new $T($S)", BigDecimal.class, text);
            case DATE -> CodeBlock.of("$T.parse($S)", LocalDate.class, text);
            case TIME -> CodeBlock.of("$T.parse($S)", LocalTime.class, text);
            case DATETIME -> CodeBlock.of("$T.parse($S)", LocalDateTime.class, text);
            case TIMESTAMPTZ -> javaType.equals(TypeName.get(Instant.class))
                    ? CodeBlock.of("$T.parse($S).toInstant()", OffsetDateTime.class, text)
                    : CodeBlock.of("$T.parse($S)", OffsetDateTime.class, text);
            case UUID -> CodeBlock.of("$T.fromString($S)", UUID.class, text);
            case ENUM -> CodeBlock.of("$T.$L", javaType, text);
            case BINARY -> throw new IllegalStateException("binary columns have no literal default");
        };
    }
}
