package io.github.schema2jpa.naming;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Words that cannot be used unquoted as table or column names: the union of SQL:2016's reserved words, H2 2.x's
 * keywords and PostgreSQL's reserved keywords, so that generated mappings work on all of them.
 */
final class SqlReservedWords {

    private static final String RESOURCE = "sql-reserved-words.txt";

    private final Set<String> words;

    private SqlReservedWords(Set<String> words) {
        this.words = words;
    }

    static SqlReservedWords load() {
        try (InputStream in = SqlReservedWords.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                return new SqlReservedWords(reader.lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .collect(Collectors.toUnmodifiableSet()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    boolean contains(String identifier) {
        return words.contains(identifier.toUpperCase(Locale.ROOT));
    }
}
