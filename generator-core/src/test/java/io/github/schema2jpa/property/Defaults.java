package io.github.schema2jpa.property;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Client-side and server-side defaults of each column type: valid literals, edge values first. */
final class Defaults {

    private Defaults() {
    }

    private static final Map<String, List<Object>> CLIENT = Map.ofEntries(
            Map.entry("string", List.of("hello", "", "a \"quoted\" \\ back\\slash $1 %s */", "ünïcödé €", "tab\tnew\nline",
                    "nul\u0000")),
            Map.entry("text", List.of("long text", "{@code x} <p>", "\\u002a/")),
            Map.entry("integer", List.of(0, -1, 2147483647, -2147483648, "42")),
            Map.entry("bigint", List.of(0, 9223372036854775807L, "-9223372036854775808")),
            Map.entry("smallint", List.of(0, -32768, 32767)),
            Map.entry("boolean", List.of(true, false, "true")),
            Map.entry("float", List.of("1.5", "-0.0", "3.4028235E38", "1e-45", "NaN", "Infinity", "-Infinity")),
            Map.entry("double", List.of("2.5", "1.7976931348623157E308", "4.9E-324", "NaN", "-Infinity")),
            Map.entry("decimal", List.of("1.50", "0", "-12345678901234567890.123")),
            Map.entry("date", List.of("2024-01-31", "now", "0001-01-01", "9999-12-31")),
            Map.entry("time", List.of("12:30:00", "now", "00:00", "23:59:59.999999999")),
            Map.entry("datetime", List.of("2024-01-31T12:30:00", "now")),
            Map.entry("timestamptz", List.of("2024-01-31T12:30:00Z", "now", "2024-01-31T12:30:00+05:30")),
            Map.entry("uuid", List.of("123e4567-e89b-12d3-a456-426614174000")));

    /** Defaults that hold text the issue lists as hostile: a generator may refuse them. */
    private static final List<Object> HOSTILE = List.of("nul\u0000", "NaN", "Infinity", "-Infinity", "\\u002a/");

    /** The default at {@code choice}, or none: choice 0 means no default. */
    static Optional<Object> client(String type, int choice, List<String> enumValues) {
        if (choice == 0) {
            return Optional.empty();
        }
        if (type.equals("enum")) {
            return enumValues.isEmpty() ? Optional.empty() : Optional.of(enumValues.get((choice - 1) % enumValues.size()));
        }
        List<Object> values = CLIENT.get(type);
        if (values == null) {
            return Optional.empty();
        }
        return Optional.of(values.get((choice - 1) % values.size()));
    }

    static boolean hostile(Object value) {
        return HOSTILE.contains(value);
    }

    /** An SQL default that H2 and PostgreSQL both accept for the type. */
    static Optional<String> server(String type, List<String> enumValues) {
        return Optional.ofNullable(switch (type) {
            case "string", "text" -> "''";
            case "integer", "bigint", "smallint", "decimal", "float", "double" -> "0";
            case "boolean" -> "false";
            case "date" -> "CURRENT_DATE";
            case "datetime", "timestamptz" -> "CURRENT_TIMESTAMP";
            case "enum" -> enumValues.isEmpty() ? null : "'" + enumValues.get(0) + "'";
            default -> null;
        });
    }
}
