package io.github.schema2jpa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.JDBCType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every column type has every fact, and the facts the rules read give the answers the schema language documents. */
class ColumnTypeTest {

    @Test
    void everyTypeHasEveryFact() {
        for (ColumnType type : ColumnType.values()) {
            assertThat(type.facts().javaType()).as("Java type of %s", type).isNotNull();
            assertThat(type.facts().size()).as("size of %s", type).isNotNull();
            assertThat(type.facts().defaultKind()).as("default kind of %s", type).isNotNull();
            assertThat(type.facts().sqlTypeFamily()).as("SQL type family of %s", type).isNotNull();
            assertThat(type.facts().sqlTypeFamily().standardName()).isNotBlank();
        }
    }

    @Test
    void theJavaTypesAreWrappersSoThatNullMeansNotSet() {
        List<String> javaTypes = new ArrayList<>();
        for (ColumnType type : ColumnType.values()) {
            javaTypes.add(type.word() + "=" + (type.facts().javaType() instanceof ColumnJavaType.Fixed fixed
                    ? fixed.type().getSimpleName() : type.facts().javaType().getClass().getSimpleName()));
        }
        assertThat(javaTypes).containsExactly("string=String", "text=String", "integer=Integer", "bigint=Long",
                "smallint=Short", "boolean=Boolean", "float=Float", "double=Double", "decimal=BigDecimal",
                "date=LocalDate", "time=LocalTime", "datetime=LocalDateTime", "timestamptz=TimestampWithTimeZone",
                "uuid=UUID", "binary=byte[]", "enum=GeneratedEnum");
    }

    @Test
    void sizeOptionsLargeValuesAndKindsOfDefault() {
        assertThat(typesWhere(ColumnType::hasLength)).containsExactly(ColumnType.STRING, ColumnType.BINARY);
        assertThat(typesWhere(ColumnType::hasPrecision)).containsExactly(ColumnType.DECIMAL);
        assertThat(typesWhere(type -> type.facts().size() == ColumnSize.LONG32)).containsExactly(ColumnType.TEXT);
        assertThat(typesWhere(type -> type.facts().size() == ColumnSize.LONGEST_VALUE)).containsExactly(ColumnType.ENUM);
        assertThat(typesWhere(ColumnType::isLarge)).containsExactly(ColumnType.TEXT, ColumnType.BINARY);
        assertThat(typesWhere(ColumnType::isIntegral))
                .containsExactly(ColumnType.INTEGER, ColumnType.BIGINT, ColumnType.SMALLINT);
        assertThat(typesWhere(ColumnType::isTemporal))
                .containsExactly(ColumnType.DATE, ColumnType.TIME, ColumnType.DATETIME, ColumnType.TIMESTAMPTZ);
        assertThat(typesWhere(ColumnType::generatesEnum)).containsExactly(ColumnType.ENUM);
        assertThat(typesWhere(ColumnType::holdsGeneratedUuid)).containsExactly(ColumnType.STRING, ColumnType.UUID);
        assertThat(typesWhere(type -> type.facts().defaultKind() == DefaultKind.NONE)).containsExactly(ColumnType.BINARY);
    }

    @Test
    void messagesListTheTypesThatHaveAFact() {
        assertThat(ColumnType.wordsWhere(ColumnType::hasLength, "and")).isEqualTo("string and binary");
        assertThat(ColumnType.wordsWhere(ColumnType::isIntegral, "or")).isEqualTo("integer, bigint or smallint");
        assertThat(ColumnType.wordsWhere(ColumnType::hasPrecision, "and")).isEqualTo("decimal");
        assertThat(ColumnType.wordsWhere(type -> false, "and")).isEmpty();
    }

    /** Every pair of types a foreign key can join: each type with itself, and string with text both ways. */
    @Test
    void foreignKeysJoinTheSameTypeOrTypesOfOneJavaClass() {
        List<String> compatible = new ArrayList<>();
        for (ColumnType column : ColumnType.values()) {
            for (ColumnType key : ColumnType.values()) {
                if (column != key && column.canReference(key)) {
                    compatible.add(column.word() + "->" + key.word());
                }
            }
            assertThat(column.canReference(column)).as("%s references itself", column).isTrue();
        }
        assertThat(compatible).containsExactly("string->text", "text->string");
        assertThat(ColumnType.INTEGER.canReference(ColumnType.BIGINT)).isFalse();
        assertThat(ColumnType.UUID.canReference(ColumnType.STRING)).isFalse();
    }

    @Test
    void eachTypeHasTheSqlTypeFamilyADdlWouldDeclare() {
        List<String> families = Arrays.stream(ColumnType.values())
                .map(type -> type.word() + "=" + type.facts().sqlTypeFamily().standardName()).toList();
        assertThat(families).containsExactly("string=CHARACTER VARYING", "text=CHARACTER LARGE OBJECT",
                "integer=INTEGER", "bigint=BIGINT", "smallint=SMALLINT", "boolean=BOOLEAN", "float=REAL",
                "double=DOUBLE PRECISION", "decimal=NUMERIC", "date=DATE", "time=TIME", "datetime=TIMESTAMP",
                "timestamptz=TIMESTAMP WITH TIME ZONE", "uuid=UUID", "binary=BINARY VARYING",
                "enum=CHARACTER VARYING");
        assertThat(ColumnType.TIMESTAMPTZ.facts().sqlTypeFamily().jdbcType()).isEqualTo(JDBCType.TIMESTAMP_WITH_TIMEZONE);
        assertThat(ColumnType.BINARY.facts().sqlTypeFamily().jdbcType()).isEqualTo(JDBCType.VARBINARY);
    }

    private static List<ColumnType> typesWhere(java.util.function.Predicate<ColumnType> fact) {
        return Arrays.stream(ColumnType.values()).filter(fact).toList();
    }
}
