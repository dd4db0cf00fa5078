package io.github.schema2jpa.schema;

import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.diagnostic.Suggestions;
import io.github.schema2jpa.text.SchemaText;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The one parser of client-side defaults: {@code now} for a date or time, or a literal of the column's type, read
 * as the column type's {@link DefaultKind} says. What it refuses it says why, at the default's location.
 */
public final class ColumnDefaults {

    /** The default that means "the current date or time when the row is inserted". */
    public static final String NOW = "now";

    private ColumnDefaults() {
    }

    /** What a default's text gave: a value, or a refusal. */
    public sealed interface Parsed {
    }

    /** A default of the column's type. */
    public record Valid(Located<ColumnDefault> value) implements Parsed {
    }

    /** A default the column cannot take: where, and why. */
    public record Invalid(SourceLocation location, String message) implements Parsed {
    }

    /**
     * Parses the default {@code written} of a column of type {@code type}.
     *
     * @param enumValues the values of an enum column, one of which its default must be
     */
    public static Parsed parse(ColumnType type, Located<String> written, List<String> enumValues) {
        String text = written.value();
        SourceLocation at = written.location();
        DefaultKind kind = type.facts().defaultKind();
        if (text.equals(NOW)) {
            return kind.isTemporal() ? new Valid(new Located<>(new ColumnDefault.Now(), at))
                    : new Invalid(at, "default 'now' applies to date and time columns, not " + type.word());
        }
        if (kind == DefaultKind.DECIMAL && isNonFiniteWord(text)) {
            return new Invalid(at, "default '" + SchemaText.shown(text) + "' is not a valid decimal value: a decimal"
                    + " (BigDecimal) has no NaN or infinity; make the column float or double");
        }
        Optional<ColumnDefault> value = read(kind, text, enumValues);
        if (value.isEmpty()) {
            boolean floating = kind == DefaultKind.FLOAT || kind == DefaultKind.DOUBLE;
            return new Invalid(at, "default '" + SchemaText.shown(text) + "' is not a valid " + type.word() + " value"
                    + (floating ? Suggestions.didYouMean(text, List.of("NaN", "Infinity", "-Infinity")) : ""));
        }
        if (isInfinite(value.get()) && !isNonFiniteWord(text)) {
            // a finite number that the type cannot hold: Java reads it as infinity, and javac refuses it
            return new Invalid(at, "default '" + SchemaText.shown(text) + "' is too large for a " + type.word()
                    + " column; write Infinity if that is what it means");
        }
        return new Valid(new Located<>(value.get(), at));
    }

    private static Optional<ColumnDefault> read(DefaultKind kind, String text, List<String> enumValues) {
        try {
            return switch (kind) {
                case TEXT -> Optional.of(new ColumnDefault.TextValue(text));
                case BOOLEAN -> text.equals("true") || text.equals("false")
                        ? Optional.of(new ColumnDefault.BooleanValue(Boolean.parseBoolean(text))) : Optional.empty();
                case INT -> Optional.of(new ColumnDefault.IntValue(Integer.parseInt(text)));
                case LONG -> Optional.of(new ColumnDefault.LongValue(Long.parseLong(text)));
                case SHORT -> Optional.of(new ColumnDefault.ShortValue(Short.parseShort(text)));
                case FLOAT -> Optional.of(new ColumnDefault.FloatValue(floatValue(text)));
                case DOUBLE -> Optional.of(new ColumnDefault.DoubleValue(floatingValue(text)));
                case DECIMAL -> Optional.of(new ColumnDefault.DecimalValue(new BigDecimal(text), text));
                case DATE -> Optional.of(new ColumnDefault.TemporalValue(LocalDate.parse(text), text));
                case TIME -> Optional.of(new ColumnDefault.TemporalValue(LocalTime.parse(text), text));
                case DATETIME -> Optional.of(new ColumnDefault.TemporalValue(LocalDateTime.parse(text), text));
                case TIMESTAMPTZ -> Optional.of(new ColumnDefault.TemporalValue(OffsetDateTime.parse(text), text));
                case UUID -> Optional.of(new ColumnDefault.UuidValue(UUID.fromString(text), text));
                case ENUM_CONSTANT -> enumValues.contains(text)
                        ? Optional.of(new ColumnDefault.EnumConstant(text)) : Optional.empty();
                case NONE -> Optional.empty();
            };
        } catch (IllegalArgumentException | DateTimeException e) {
            // NumberFormatException is an IllegalArgumentException, DateTimeParseException a DateTimeException
            return Optional.empty();
        }
    }

    private static boolean isInfinite(ColumnDefault value) {
        return (value instanceof ColumnDefault.FloatValue f && Float.isInfinite(f.value()))
                || (value instanceof ColumnDefault.DoubleValue d && Double.isInfinite(d.value()));
    }

    /** A float as Java reads it: rounded once, from the text, not from its double value. */
    private static float floatValue(String text) {
        double value = floatingValue(text);
        return isNonFiniteWord(text) ? (float) value : Float.parseFloat(text.strip());
    }

    /**
     * The value of a float or double default: a decimal or hexadecimal literal as Java reads it, or one of the
     * non-finite values, written as Java ({@code NaN}, {@code Infinity}, {@code -Infinity}) or as YAML
     * ({@code .nan}, {@code .inf}, {@code -.inf}) writes them.
     *
     * @throws NumberFormatException if the text is none of these
     */
    private static double floatingValue(String text) {
        String word = text.strip();
        return switch (word) {
            case ".nan", ".NaN", ".NAN" -> Double.NaN;
            case ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF" -> Double.POSITIVE_INFINITY;
            case "-.inf", "-.Inf", "-.INF" -> Double.NEGATIVE_INFINITY;
            default -> Double.parseDouble(word);
        };
    }

    /** Whether {@code text} names a non-finite value (see {@link #floatingValue}) rather than a number. */
    private static boolean isNonFiniteWord(String text) {
        String word = text.strip();
        String unsigned = word.startsWith("+") || word.startsWith("-") ? word.substring(1) : word;
        return unsigned.equals("NaN") || unsigned.equals("Infinity") || unsigned.equalsIgnoreCase(".nan")
                || unsigned.equalsIgnoreCase(".inf");
    }
}
