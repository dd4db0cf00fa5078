package io.github.schema2jpa.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.schema2jpa.diagnostic.SourceLocation;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every kind of default, parsed once: the typed value it gives, or the located reason it is refused. */
class ColumnDefaultsTest {

    private static final SourceLocation AT = new SourceLocation("s.yaml", 7, 40);

    private static ColumnDefault valid(ColumnType type, String text) {
        return valid(type, text, List.of());
    }

    private static ColumnDefault valid(ColumnType type, String text, List<String> values) {
        ColumnDefaults.Parsed parsed = ColumnDefaults.parse(type, new Located<>(text, AT), values);
        assertThat(parsed).isInstanceOf(ColumnDefaults.Valid.class);
        Located<ColumnDefault> value = ((ColumnDefaults.Valid) parsed).value();
        assertThat(value.location()).isEqualTo(AT);
        return value.value();
    }

    private static String refused(ColumnType type, String text) {
        ColumnDefaults.Parsed parsed = ColumnDefaults.parse(type, new Located<>(text, AT), List.of("DRAFT", "DONE"));
        assertThat(parsed).isInstanceOf(ColumnDefaults.Invalid.class);
        ColumnDefaults.Invalid invalid = (ColumnDefaults.Invalid) parsed;
        assertThat(invalid.location()).isEqualTo(AT);
        return invalid.message();
    }

    @Test
    void textIsTakenAsItIs() {
        assertThat(valid(ColumnType.STRING, " a \"b\" ")).isEqualTo(new ColumnDefault.TextValue(" a \"b\" "));
        assertThat(valid(ColumnType.TEXT, "")).isEqualTo(new ColumnDefault.TextValue(""));
    }

    @Test
    void booleansAreTrueOrFalse() {
        assertThat(valid(ColumnType.BOOLEAN, "true")).isEqualTo(new ColumnDefault.BooleanValue(true));
        assertThat(valid(ColumnType.BOOLEAN, "false")).isEqualTo(new ColumnDefault.BooleanValue(false));
        assertThat(refused(ColumnType.BOOLEAN, "yes")).isEqualTo("default 'yes' is not a valid boolean value");
        assertThat(refused(ColumnType.BOOLEAN, "True")).isEqualTo("default 'True' is not a valid boolean value");
    }

    @Test
    void wholeNumbersTakeTheirJavaTypeAndItsRange() {
        assertThat(valid(ColumnType.INTEGER, "-2147483648")).isEqualTo(new ColumnDefault.IntValue(Integer.MIN_VALUE));
        assertThat(valid(ColumnType.INTEGER, "+7")).isEqualTo(new ColumnDefault.IntValue(7));
        assertThat(valid(ColumnType.BIGINT, "9223372036854775807")).isEqualTo(new ColumnDefault.LongValue(Long.MAX_VALUE));
        assertThat(valid(ColumnType.SMALLINT, "-32768")).isEqualTo(new ColumnDefault.ShortValue(Short.MIN_VALUE));
        assertThat(refused(ColumnType.INTEGER, "2147483648")).isEqualTo("default '2147483648' is not a valid integer value");
        assertThat(refused(ColumnType.SMALLINT, "32768")).isEqualTo("default '32768' is not a valid smallint value");
        assertThat(refused(ColumnType.BIGINT, "9223372036854775808"))
                .isEqualTo("default '9223372036854775808' is not a valid bigint value");
        assertThat(refused(ColumnType.INTEGER, "1.5")).isEqualTo("default '1.5' is not a valid integer value");
        assertThat(refused(ColumnType.INTEGER, "many")).isEqualTo("default 'many' is not a valid integer value");
    }

    @Test
    void floatsAndDoublesTakeNonFiniteValuesWrittenAsJavaOrYamlWritesThem() {
        assertThat(valid(ColumnType.DOUBLE, "NaN")).isEqualTo(new ColumnDefault.DoubleValue(Double.NaN));
        assertThat(valid(ColumnType.DOUBLE, ".inf")).isEqualTo(new ColumnDefault.DoubleValue(Double.POSITIVE_INFINITY));
        assertThat(valid(ColumnType.DOUBLE, "-Infinity")).isEqualTo(new ColumnDefault.DoubleValue(Double.NEGATIVE_INFINITY));
        assertThat(valid(ColumnType.DOUBLE, "0x1p3")).isEqualTo(new ColumnDefault.DoubleValue(8.0));
        assertThat(valid(ColumnType.FLOAT, ".NaN")).isEqualTo(new ColumnDefault.FloatValue(Float.NaN));
        assertThat(valid(ColumnType.FLOAT, "-.inf")).isEqualTo(new ColumnDefault.FloatValue(Float.NEGATIVE_INFINITY));
        assertThat(valid(ColumnType.FLOAT, "1.5f")).isEqualTo(new ColumnDefault.FloatValue(1.5F));
        assertThat(valid(ColumnType.FLOAT, "1e-50")).isEqualTo(new ColumnDefault.FloatValue(0.0F));
        // rounded to float from the text, as javac rounds 0.1F, not from the double nearest 0.1
        assertThat(valid(ColumnType.FLOAT, "0.1")).isEqualTo(new ColumnDefault.FloatValue(0.1F));
    }

    @Test
    void aFiniteNumberTooLargeForItsTypeIsRefusedRatherThanReadAsInfinity() {
        assertThat(refused(ColumnType.FLOAT, "1e40"))
                .isEqualTo("default '1e40' is too large for a float column; write Infinity if that is what it means");
        assertThat(refused(ColumnType.DOUBLE, "1e400"))
                .isEqualTo("default '1e400' is too large for a double column; write Infinity if that is what it means");
        assertThat(valid(ColumnType.DOUBLE, "1e40")).isEqualTo(new ColumnDefault.DoubleValue(1e40));
    }

    @Test
    void aMisspeltNonFiniteValueIsRefusedWithTheSpellingJavaTakes() {
        assertThat(refused(ColumnType.DOUBLE, "infinity"))
                .isEqualTo("default 'infinity' is not a valid double value; did you mean 'Infinity'?");
        assertThat(refused(ColumnType.FLOAT, "nan")).isEqualTo("default 'nan' is not a valid float value; did you mean 'NaN'?");
        assertThat(refused(ColumnType.FLOAT, "-.nan")).startsWith("default '-.nan' is not a valid float value");
    }

    @Test
    void decimalsAreFiniteAndKeepTheirScale() {
        assertThat(valid(ColumnType.DECIMAL, "0.50")).isEqualTo(new ColumnDefault.DecimalValue(new BigDecimal("0.50"), "0.50"));
        assertThat(valid(ColumnType.DECIMAL, "1e400"))
                .isEqualTo(new ColumnDefault.DecimalValue(new BigDecimal("1e400"), "1e400"));
        String noNaN = "is not a valid decimal value: a decimal (BigDecimal) has no NaN or infinity; make the column"
                + " float or double";
        assertThat(refused(ColumnType.DECIMAL, "NaN")).isEqualTo("default 'NaN' " + noNaN);
        assertThat(refused(ColumnType.DECIMAL, "-Infinity")).isEqualTo("default '-Infinity' " + noNaN);
        assertThat(refused(ColumnType.DECIMAL, ".inf")).isEqualTo("default '.inf' " + noNaN);
        assertThat(refused(ColumnType.DECIMAL, "1,5")).isEqualTo("default '1,5' is not a valid decimal value");
    }

    @Test
    void datesAndTimesAreIsoOrNow() {
        assertThat(valid(ColumnType.DATE, "2024-02-29"))
                .isEqualTo(new ColumnDefault.TemporalValue(LocalDate.of(2024, 2, 29), "2024-02-29"));
        assertThat(valid(ColumnType.TIME, "10:00:00"))
                .isEqualTo(new ColumnDefault.TemporalValue(LocalTime.of(10, 0), "10:00:00"));
        assertThat(valid(ColumnType.DATETIME, "2024-01-01T10:00"))
                .isEqualTo(new ColumnDefault.TemporalValue(LocalDateTime.of(2024, 1, 1, 10, 0), "2024-01-01T10:00"));
        assertThat(valid(ColumnType.TIMESTAMPTZ, "2024-01-01T10:00Z")).isEqualTo(new ColumnDefault.TemporalValue(
                OffsetDateTime.parse("2024-01-01T10:00Z"), "2024-01-01T10:00Z"));
        for (ColumnType type : List.of(ColumnType.DATE, ColumnType.TIME, ColumnType.DATETIME, ColumnType.TIMESTAMPTZ)) {
            assertThat(valid(type, "now")).isEqualTo(new ColumnDefault.Now());
        }
        assertThat(refused(ColumnType.DATE, "2023-02-29")).isEqualTo("default '2023-02-29' is not a valid date value");
        assertThat(refused(ColumnType.TIMESTAMPTZ, "2024-01-01T10:00"))
                .isEqualTo("default '2024-01-01T10:00' is not a valid timestamptz value");
        assertThat(refused(ColumnType.DATE, "today")).isEqualTo("default 'today' is not a valid date value");
    }

    @Test
    void nowIsADateOrTimeOnly() {
        assertThat(refused(ColumnType.INTEGER, "now")).isEqualTo("default 'now' applies to date and time columns, not integer");
        assertThat(refused(ColumnType.STRING, "now")).isEqualTo("default 'now' applies to date and time columns, not string");
    }

    @Test
    void uuidsEnumConstantsAndBinary() {
        String id = "123e4567-e89b-12d3-a456-426614174000";
        assertThat(valid(ColumnType.UUID, id)).isEqualTo(new ColumnDefault.UuidValue(UUID.fromString(id), id));
        assertThat(refused(ColumnType.UUID, "not-a-uuid")).isEqualTo("default 'not-a-uuid' is not a valid uuid value");
        assertThat(valid(ColumnType.ENUM, "DONE", List.of("DRAFT", "DONE"))).isEqualTo(new ColumnDefault.EnumConstant("DONE"));
        assertThat(refused(ColumnType.ENUM, "done")).isEqualTo("default 'done' is not a valid enum value");
        assertThat(refused(ColumnType.BINARY, "00ff")).isEqualTo("default '00ff' is not a valid binary value");
    }

    @Test
    void aRefusalShowsInvisibleCharactersAsEscapes() {
        assertThat(refused(ColumnType.INTEGER, "1\u202E2")).isEqualTo("default '1\\u202E2' is not a valid integer value");
    }

    @ParameterizedTest
    @CsvSource({"STRING, abc", "INTEGER, 1", "BIGINT, 1", "SMALLINT, 1", "BOOLEAN, true", "FLOAT, 1", "DOUBLE, 1",
        "DECIMAL, 1", "DATE, 2024-01-01", "TIME, 10:00", "DATETIME, 2024-01-01T10:00", "TIMESTAMPTZ, now",
        "UUID, 123e4567-e89b-12d3-a456-426614174000", "ENUM, DRAFT", "TEXT, abc"})
    void everyTypeThatTakesADefaultGivesAValueOfItsJavaType(ColumnType type, String text) {
        ColumnDefault value = valid(type, text, List.of("DRAFT"));
        Class<?> held = value.accept(new HeldClass());
        if (type.javaType() instanceof ColumnJavaType.Fixed fixed) {
            assertThat(held).isEqualTo(fixed.type());
        } else {
            assertThat(held).isEqualTo(type.generatesEnum() ? Enum.class : OffsetDateTime.class);
        }
    }

    /** The Java class of the value a default holds. */
    private static final class HeldClass implements ColumnDefault.Cases<Class<?>> {
        @Override
        public Class<?> now() {
            return OffsetDateTime.class;
        }

        @Override
        public Class<?> text(String value) {
            return String.class;
        }

        @Override
        public Class<?> bool(boolean value) {
            return Boolean.class;
        }

        @Override
        public Class<?> intValue(int value) {
            return Integer.class;
        }

        @Override
        public Class<?> longValue(long value) {
            return Long.class;
        }

        @Override
        public Class<?> shortValue(short value) {
            return Short.class;
        }

        @Override
        public Class<?> floatValue(float value) {
            return Float.class;
        }

        @Override
        public Class<?> doubleValue(double value) {
            return Double.class;
        }

        @Override
        public Class<?> decimal(BigDecimal value, String written) {
            return BigDecimal.class;
        }

        @Override
        public Class<?> temporal(java.time.temporal.Temporal value, String written) {
            return value.getClass();
        }

        @Override
        public Class<?> uuid(UUID value, String written) {
            return UUID.class;
        }

        @Override
        public Class<?> enumConstant(String name) {
            return Enum.class;
        }
    }
}
