package io.github.schema2jpa.targets;

import io.github.schema2jpa.link.LinkedSchema;
import io.github.schema2jpa.link.LinkedTable;
import io.github.schema2jpa.output.GeneratedFile;
import io.github.schema2jpa.schema.Column;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A target of another kind than Java sources, written as a second target would be: one text file per table, listing
 * its columns, under {@code notes/}, with a header in the comment syntax of its own.
 */
final class TableNotesTarget implements Target {

    @Override
    public String name() {
        return "table-notes";
    }

    @Override
    public List<GeneratedFile> generate(TargetInput input) {
        List<GeneratedFile> files = new ArrayList<>();
        for (LinkedSchema schema : input.schemas()) {
            for (LinkedTable table : schema.tables()) {
                StringBuilder text = new StringBuilder("# table notes of ").append(table.name()).append('\n');
                for (Column column : table.table().columns()) {
                    text.append(column.name()).append('\n');
                }
                files.add(new GeneratedFile(Path.of("notes", table.name() + ".txt"), text.toString()));
            }
        }
        return files;
    }
}
