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
    void booleansAndWholeNumbersTakeTheirJavaTypeAndItsRange() {
        assertThat(List.of(valid(ColumnType.BOOLEAN, "true"), valid(ColumnType.BOOLEAN, "false"),
                valid(ColumnType.INTEGER, "-2147483648"), valid(ColumnType.INTEGER, "+7"),
                valid(ColumnType.BIGINT, "9223372036854775807"), valid(ColumnType.SMALLINT, "-32768")))
                .containsExactly(new ColumnDefault.BooleanValue(true), new ColumnDefault.BooleanValue(false),
                        new ColumnDefault.IntValue(Integer.MIN_VALUE), new ColumnDefault.IntValue(7),
                        new ColumnDefault.LongValue(Long.MAX_VALUE), new ColumnDefault.ShortValue(Short.MIN_VALUE));
    }

    @Test
    void floatsAndDoublesTakeNonFiniteValuesWrittenAsJavaOrYamlWritesThem() {
        assertThat(List.of(valid(ColumnType.DOUBLE, "NaN"), valid(ColumnType.DOUBLE, ".inf"),
                valid(ColumnType.DOUBLE, "-Infinity"), valid(ColumnType.DOUBLE, "0x1p3"), valid(ColumnType.DOUBLE, "1e40")))
                .containsExactly(new ColumnDefault.DoubleValue(Double.NaN),
                        new ColumnDefault.DoubleValue(Double.POSITIVE_INFINITY),
                        new ColumnDefault.DoubleValue(Double.NEGATIVE_INFINITY), new ColumnDefault.DoubleValue(8.0),
                        new ColumnDefault.DoubleValue(1e40));
        // a float is rounded from the text, as javac rounds 0.1F, not from the double nearest 0.1
        assertThat(List.of(valid(ColumnType.FLOAT, ".NaN"), valid(ColumnType.FLOAT, "-.inf"),
                valid(ColumnType.FLOAT, "1.5f"), valid(ColumnType.FLOAT, "1e-50"), valid(ColumnType.FLOAT, "0.1")))
                .containsExactly(new ColumnDefault.FloatValue(Float.NaN),
                        new ColumnDefault.FloatValue(Float.NEGATIVE_INFINITY), new ColumnDefault.FloatValue(1.5F),
                        new ColumnDefault.FloatValue(0.0F), new ColumnDefault.FloatValue(0.1F));
    }

    @Test
    void decimalsKeepTheirScaleAndTheirText() {
        assertThat(valid(ColumnType.DECIMAL, "0.50")).isEqualTo(new ColumnDefault.DecimalValue(new BigDecimal("0.50"), "0.50"));
        assertThat(valid(ColumnType.DECIMAL, "1e400"))
                .isEqualTo(new ColumnDefault.DecimalValue(new BigDecimal("1e400"), "1e400"));
    }

    @Test
    void datesAndTimesAreIsoOrNow() {
        assertThat(List.of(valid(ColumnType.DATE, "2024-02-29"), valid(ColumnType.TIME, "10:00:00"),
                valid(ColumnType.DATETIME, "2024-01-01T10:00"), valid(ColumnType.TIMESTAMPTZ, "2024-01-01T10:00Z")))
                .containsExactly(new ColumnDefault.TemporalValue(LocalDate.of(2024, 2, 29), "2024-02-29"),
                        new ColumnDefault.TemporalValue(LocalTime.of(10, 0), "10:00:00"),
                        new ColumnDefault.TemporalValue(LocalDateTime.of(2024, 1, 1, 10, 0), "2024-01-01T10:00"),
                        new ColumnDefault.TemporalValue(OffsetDateTime.parse("2024-01-01T10:00Z"), "2024-01-01T10:00Z"));
        for (ColumnType type : List.of(ColumnType.DATE, ColumnType.TIME, ColumnType.DATETIME, ColumnType.TIMESTAMPTZ)) {
            assertThat(valid(type, "now")).isEqualTo(new ColumnDefault.Now());
        }
    }

    @Test
    void uuidsAndEnumConstants() {
        String id = "123e4567-e89b-12d3-a456-426614174000";
        assertThat(valid(ColumnType.UUID, id)).isEqualTo(new ColumnDefault.UuidValue(UUID.fromString(id), id));
        assertThat(valid(ColumnType.ENUM, "DONE", List.of("DRAFT", "DONE"))).isEqualTo(new ColumnDefault.EnumConstant("DONE"));
    }

    /** Each refusal, with its message: the enum column's values are DRAFT and DONE. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "BOOLEAN     | yes                  | default 'yes' is not a valid boolean value",
        "BOOLEAN     | True                 | default 'True' is not a valid boolean value",
        "INTEGER     | 2147483648           | default '2147483648' is not a valid integer value",
        "SMALLINT    | 32768                | default '32768' is not a valid smallint value",
        "BIGINT      | 9223372036854775808  | default '9223372036854775808' is not a valid bigint value",
        "INTEGER     | 1.5                  | default '1.5' is not a valid integer value",
        "INTEGER     | many                 | default 'many' is not a valid integer value",
        "FLOAT       | 1e40                 | default '1e40' is too large for a float column; write Infinity if that is what it means",
        "DOUBLE      | 1e400                | default '1e400' is too large for a double column; write Infinity if that is what it means",
        "DOUBLE      | infinity             | default 'infinity' is not a valid double value; did you mean 'Infinity'?",
        "FLOAT       | nan                  | default 'nan' is not a valid float value; did you mean 'NaN'?",
        "FLOAT       | -.nan                | default '-.nan' is not a valid float value",
        "DECIMAL     | NaN                  | default 'NaN' is not a valid decimal value: a decimal (BigDecimal) has no NaN or infinity; make the column float or double",
        "DECIMAL     | -Infinity            | default '-Infinity' is not a valid decimal value: a decimal (BigDecimal) has no NaN or infinity; make the column float or double",
        "DECIMAL     | .inf                 | default '.inf' is not a valid decimal value: a decimal (BigDecimal) has no NaN or infinity; make the column float or double",
        "DECIMAL     | 1,5                  | default '1,5' is not a valid decimal value",
        "DATE        | 2023-02-29           | default '2023-02-29' is not a valid date value",
        "DATE        | today                | default 'today' is not a valid date value",
        "TIMESTAMPTZ | 2024-01-01T10:00     | default '2024-01-01T10:00' is not a valid timestamptz value",
        "INTEGER     | now                  | default 'now' applies to date and time columns, not integer",
        "STRING      | now                  | default 'now' applies to date and time columns, not string",
        "UUID        | not-a-uuid           | default 'not-a-uuid' is not a valid uuid value",
        "ENUM        | done                 | default 'done' is not a valid enum value",
        "BINARY      | 00ff                 | default '00ff' is not a valid binary value"
    })
    void whatAColumnCannotHoldIsRefusedAtTheDefault(ColumnType type, String text, String message) {
        assertThat(refused(type, text)).isEqualTo(message);
    }

    @Test
    void aRefusalShowsInvisibleCharactersAsEscapes() {
        assertThat(refused(ColumnType.INTEGER, "1\u202E2")).isEqualTo("default '1\\u202E2' is not a valid integer value");
    }

    @ParameterizedTest
    @CsvSource({"STRING, abc, TextValue", "TEXT, abc, TextValue", "INTEGER, 1, IntValue", "BIGINT, 1, LongValue",
        "SMALLINT, 1, ShortValue", "BOOLEAN, true, BooleanValue", "FLOAT, 1, FloatValue", "DOUBLE, 1, DoubleValue",
        "DECIMAL, 1, DecimalValue", "DATE, 2024-01-01, TemporalValue", "TIME, 10:00, TemporalValue",
        "DATETIME, 2024-01-01T10:00, TemporalValue", "TIMESTAMPTZ, 2024-01-01T10:00Z, TemporalValue",
        "TIMESTAMPTZ, now, Now", "UUID, 123e4567-e89b-12d3-a456-426614174000, UuidValue", "ENUM, DRAFT, EnumConstant"})
    void eachTypeGivesTheKindOfValueItsDefaultKindSays(ColumnType type, String text, String kind) {
        assertThat(valid(type, text, List.of("DRAFT")).getClass().getSimpleName()).isEqualTo(kind);
    }
}
