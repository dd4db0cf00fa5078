package io.github.schema2jpa.emit;

import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.TypeSpec;
import io.github.schema2jpa.resolve.ColumnProperty;
import io.github.schema2jpa.resolve.EntityModel;
import io.github.schema2jpa.schema.ColumnSize;
import io.github.schema2jpa.schema.IdGeneration;
import io.github.schema2jpa.text.JavaText;
import javax.lang.model.element.Modifier;

/** One private field per basic column, with its identifier, generation and column facts. */
final class ColumnFieldEmitter implements MemberEmitter {

    private static final ClassName DYNAMIC_INSERT = ClassName.get("org.hibernate.annotations", "DynamicInsert");
    private static final ClassName GENERATED = ClassName.get("org.hibernate.annotations", "Generated");
    private static final ClassName EVENT_TYPE = ClassName.get("org.hibernate.generator", "EventType");

    private final int sequenceAllocationSize;

    ColumnFieldEmitter(int sequenceAllocationSize) {
        this.sequenceAllocationSize = sequenceAllocationSize;
    }

    @Override
    public void emit(EntityModel entity, TypeSpec.Builder type) {
        for (ColumnProperty column : entity.columns()) {
            FieldSpec.Builder field = FieldSpec.builder(column.javaType(), column.names().field(), Modifier.PRIVATE);
            column.doc().ifPresent(doc -> field.addJavadoc("$L\n", doc));
            if (column.id()) {
                field.addAnnotation(Types.ID);
                column.generation().ifPresent(generation -> addGeneration(column, generation, field));
            }
            if (column.version()) {
                field.addAnnotation(Types.VERSION);
            }
            if (column.columnType().generatesEnum()) {
                field.addAnnotation(AnnotationSpec.builder(Types.ENUMERATED)
                        .addMember("value", "$T.STRING", Types.ENUM_TYPE)
                        .build());
            }
            column.serverDefault().ifPresent(sql -> serverDefault(column, sql, field));
            field.addAnnotation(columnAnnotation(column));
            type.addField(field.build());
        }
        if (entity.columns().stream().anyMatch(column -> column.serverDefault().isPresent())) {
            // an INSERT names only the columns that have a value, so that the DEFAULT of the others applies
            type.addAnnotation(DYNAMIC_INSERT);
        }
    }

    /**
     * A server default, as SQLAlchemy's {@code server_default}: the DDL's DEFAULT, and a column that the INSERT leaves
     * out when it has no value ({@code @DynamicInsert} on the entity). A NOT NULL column is also {@code @Generated} on
     * insert, so that Hibernate's null check lets it through and the value the database gave is read back; a value
     * the application sets is still written ({@code writable}). Nullable columns are not: Hibernate 6.6 names such a
     * column in a dynamic INSERT without binding it when it has no value.
     */
    private static void serverDefault(ColumnProperty column, String sql, FieldSpec.Builder field) {
        field.addAnnotation(AnnotationSpec.builder(Types.COLUMN_DEFAULT)
                .addMember("value", "$L", JavaText.javaString(sql))
                .build());
        if (!column.nullable()) {
            field.addAnnotation(AnnotationSpec.builder(GENERATED)
                    .addMember("event", "$T.INSERT", EVENT_TYPE)
                    .addMember("writable", "true")
                    .build());
        }
    }

    private void addGeneration(ColumnProperty column, IdGeneration generation, FieldSpec.Builder field) {
        switch (generation) {
            case IDENTITY -> field.addAnnotation(AnnotationSpec.builder(Types.GENERATED_VALUE)
                    .addMember("strategy", "$T.IDENTITY", Types.GENERATION_TYPE)
                    .build());
            case UUID -> field.addAnnotation(AnnotationSpec.builder(Types.GENERATED_VALUE)
                    .addMember("strategy", "$T.UUID", Types.GENERATION_TYPE)
                    .build());
            case SEQUENCE -> {
                String sequence = column.sequenceName().orElseThrow();
                field.addAnnotation(AnnotationSpec.builder(Types.GENERATED_VALUE)
                        .addMember("strategy", "$T.SEQUENCE", Types.GENERATION_TYPE)
                        .addMember("generator", "$S", sequence)
                        .build());
                // Hibernate takes a block of values per call to the sequence, as large as its increment
                AnnotationSpec.Builder generator = AnnotationSpec.builder(Types.SEQUENCE_GENERATOR)
                        .addMember("name", "$S", sequence)
                        .addMember("sequenceName", "$S", sequence);
                column.sequenceStart().ifPresent(start -> generator.addMember("initialValue", "$L", start));
                generator.addMember("allocationSize", "$L", column.sequenceIncrement().orElse(sequenceAllocationSize));
                field.addAnnotation(generator.build());
            }
            case ASSIGNED -> {
                // the application sets the identifier
            }
        }
    }

    private static AnnotationSpec columnAnnotation(ColumnProperty column) {
        AnnotationSpec.Builder annotation = AnnotationSpec.builder(Types.COLUMN).addMember("name", "$S", column.sqlName());
        if (!column.nullable()) {
            annotation.addMember("nullable", "false");
        }
        if (column.columnType().facts().size() == ColumnSize.LONG32) {
            annotation.addMember("length", "$T.LONG32", Types.LENGTH);
        }
        column.length().ifPresent(length -> annotation.addMember("length", "$L", length));
        column.precision().ifPresent(precision -> annotation.addMember("precision", "$L", precision));
        column.scale().ifPresent(scale -> annotation.addMember("scale", "$L", scale));
        return annotation.build();
    }
}
