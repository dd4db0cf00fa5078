package io.github.schema2jpa.resolve;

import com.palantir.javapoet.ClassName;
import java.util.List;

/**
 * A Java enum for an enum column, stored by name.
 *
 * @param className the enum type
 * @param constants its constants, as the schema's values
 * @param schemaFile the schema file it comes from, for the header comment
 */
public record EnumModel(ClassName className, List<String> constants, String schemaFile) {

    public EnumModel {
        constants = List.copyOf(constants);
    }
}
