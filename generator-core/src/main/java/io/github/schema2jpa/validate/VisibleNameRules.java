package io.github.schema2jpa.validate;

import io.github.schema2jpa.diagnostic.Diagnostics;
import io.github.schema2jpa.diagnostic.SourceLocation;
import io.github.schema2jpa.schema.Column;
import io.github.schema2jpa.schema.Located;
import io.github.schema2jpa.schema.Relationship;
import io.github.schema2jpa.schema.SchemaIndex;
import io.github.schema2jpa.schema.Table;
import io.github.schema2jpa.text.SchemaText;
import java.util.Optional;

/**
 * Names that become Java names hold no invisible character (see {@link SchemaText#isInvisible}): a soft hyphen, a
 * zero width space, a bidirectional control... Java counts most of them as "ignorable" parts of an identifier, so
 * {@code SourceVersion} takes them, but javac refuses them in sources, and two names that look the same would not
 * be. Table and column names are checked as SQL names, which refuse them too.
 */
final class VisibleNameRules implements SchemaValidator.Rule {

    @Override
    public void check(SchemaIndex index, Diagnostics diagnostics) {
        index.schema().packageName().ifPresent(name -> visible(name, "package", diagnostics));
        for (Table table : index.schema().tables()) {
            table.entity().ifPresent(name -> visible(name, "entity name", diagnostics));
            for (Column column : table.columns()) {
                column.javaName().ifPresent(name -> visible(name, "java_name", diagnostics));
                column.enumName().ifPresent(name -> visible(name, "enum_name", diagnostics));
                column.values().forEach(value -> visible(value, "enum value", diagnostics));
            }
            for (Relationship relationship : table.relationships()) {
                visible(new Located<>(relationship.name(), relationship.location()), "relationship name",
                        diagnostics);
                relationship.javaName().ifPresent(name -> visible(name, "java_name", diagnostics));
                relationship.singular().ifPresent(name -> visible(name, "singular", diagnostics));
            }
        }
    }

    private static void visible(Located<String> name, String what, Diagnostics diagnostics) {
        Optional<Integer> invisible = SchemaText.firstInvisible(name.value());
        if (invisible.isEmpty()) {
            return;
        }
        String without = name.value().codePoints().filter(c -> !SchemaText.isInvisible(c))
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        SourceLocation at = name.location();
        diagnostics.error(at, what + " '" + SchemaText.shown(name.value()) + "' holds "
                + SchemaText.describe(invisible.get()) + ", an invisible character"
                + (without.isEmpty() ? "" : "; write '" + without + "' instead"));
    }
}
