package io.github.schema2jpa.naming;

import io.github.schema2jpa.text.SqlText;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * SQLAlchemy's naming conventions for constraints ({@code ix_}, {@code uq_}, {@code fk_}), JavaBeans for accessors,
 * and simple English singulars.
 */
final class StandardNamingStrategy implements NamingStrategy {

    /** English plurals that no suffix rule turns back into their singular, matched at the end of a name, in order. */
    private static final List<Map.Entry<String, String>> IRREGULAR_PLURALS = List.of(
            Map.entry("children", "child"), Map.entry("people", "person"), Map.entry("women", "woman"),
            Map.entry("men", "man"), Map.entry("mice", "mouse"), Map.entry("geese", "goose"),
            Map.entry("feet", "foot"), Map.entry("teeth", "tooth"), Map.entry("shelves", "shelf"),
            Map.entry("leaves", "leaf"), Map.entry("knives", "knife"), Map.entry("wolves", "wolf"),
            Map.entry("halves", "half"), Map.entry("calves", "calf"), Map.entry("selves", "self"),
            Map.entry("thieves", "thief"), Map.entry("loaves", "loaf"), Map.entry("wives", "wife"));

    private final SqlReservedWords reservedWords = SqlReservedWords.load();

    @Override
    public String entityName(String tableName) {
        List<String> words = words(tableName);
        if (words.isEmpty()) {
            return tableName;
        }
        StringBuilder name = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = i == words.size() - 1 ? singular(words.get(i)) : words.get(i);
            name.append(capitalize(word));
        }
        return name.toString();
    }

    @Override
    public String propertyName(String schemaName) {
        List<String> words = words(schemaName);
        if (words.isEmpty()) {
            return schemaName;
        }
        StringBuilder name = new StringBuilder(words.get(0));
        for (int i = 1; i < words.size(); i++) {
            name.append(capitalize(words.get(i)));
        }
        return name.toString();
    }

    @Override
    public String singular(String pluralName) {
        String lower = pluralName.toLowerCase(Locale.ROOT);
        for (Map.Entry<String, String> irregular : IRREGULAR_PLURALS) {
            if (lower.endsWith(irregular.getKey())) {
                int stem = pluralName.length() - irregular.getKey().length();
                String singular = irregular.getValue();
                boolean capital = Character.isUpperCase(pluralName.charAt(stem));
                return pluralName.substring(0, stem)
                        + (capital ? Character.toUpperCase(singular.charAt(0)) + singular.substring(1) : singular);
            }
        }
        if (lower.endsWith("ies") && pluralName.length() > 3) {
            return pluralName.substring(0, pluralName.length() - 3) + "y";
        }
        if (lower.endsWith("ouses") || lower.endsWith("auses")) {
            return pluralName.substring(0, pluralName.length() - 1); // houses, warehouses, causes
        }
        if (lower.endsWith("sses") || lower.endsWith("xes") || lower.endsWith("ches") || lower.endsWith("shes")
                || lower.endsWith("zes") || lower.endsWith("uses")) {
            return pluralName.substring(0, pluralName.length() - 2);
        }
        if (lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("us") && !lower.endsWith("is")
                && pluralName.length() > 1) {
            return pluralName.substring(0, pluralName.length() - 1);
        }
        return pluralName;
    }

    @Override
    public HelperNames helperNames(String singular) {
        String stem = capitalize(singular);
        return new HelperNames("add" + stem, "remove" + stem, "attach" + stem, "detach" + stem);
    }

    @Override
    public String baseClassName(String entityName) {
        return entityName + "Base";
    }

    @Override
    public String idClassName(String entityName) {
        return entityName + "Id";
    }

    @Override
    public String fieldName(String propertyName) {
        return SourceVersion.isKeyword(propertyName) ? propertyName + "_" : propertyName;
    }

    @Override
    public String getterName(String propertyName) {
        return "get" + capitalize(propertyName);
    }

    @Override
    public String setterName(String propertyName) {
        return "set" + capitalize(propertyName);
    }

    @Override
    public String enumTypeName(String entityName, String columnName) {
        return entityName + capitalize(propertyName(columnName));
    }

    @Override
    public String sqlIdentifier(String name) {
        return SqlText.sqlIdentifier(name, reservedWords.contains(name));
    }

    @Override
    public String indexName(String table, List<String> columns) {
        return SqlText.conventionName("ix_" + table + "_" + String.join("_", columns));
    }

    @Override
    public String uniqueConstraintName(String table, List<String> columns) {
        return SqlText.conventionName("uq_" + table + "_" + String.join("_", columns));
    }

    @Override
    public String foreignKeyName(String table, String column, String referencedTable) {
        return SqlText.conventionName("fk_" + table + "_" + column + "_" + referencedTable);
    }

    @Override
    public String sequenceName(String table, String column) {
        return SqlText.conventionName(caseFolded(table + "_" + column + "_seq"));
    }

    /**
     * The name as a database that folds unquoted names to upper case keeps it, in lower case, when that differs from
     * the name in lower case: {@code größen_id_seq} becomes {@code grössen_id_seq}, because H2 and Oracle keep it as
     * {@code GRÖSSEN_ID_SEQ}, and Hibernate, which looks a sequence up by its name in lower case, would not find
     * {@code größen_id_seq} there. Tables and columns are looked up by their folded name and need no such care.
     */
    private static String caseFolded(String name) {
        String folded = name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
        return folded.equals(name.toLowerCase(Locale.ROOT)) ? name : folded;
    }

    /** Splits {@code created_date}, {@code createdDate} and {@code created-date} into lower-case words. */
    private static List<String> words(String name) {
        String spaced = name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").replace('-', '_');
        return java.util.Arrays.stream(spaced.split("_+"))
                .filter(word -> !word.isEmpty())
                .map(word -> word.toLowerCase(Locale.ROOT))
                .toList();
    }

    private static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
