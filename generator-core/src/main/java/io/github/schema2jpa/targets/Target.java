package io.github.schema2jpa.targets;

import io.github.schema2jpa.output.GeneratedFile;
import java.util.List;

/**
 * One output of the generator: turns the compiled schemas into files. Entity sources are one target; each file it
 * produces carries its own header, in its own comment syntax. The output writer, the manifest and {@code check} treat
 * the files of every target alike.
 */
public interface Target {

    /**
     * The target's name, as a request, the command line and the build plugin give it: lower case words joined by
     * hyphens, such as {@code entities}. Two targets of one run have two names.
     */
    String name();

    /** The files this output consists of, with paths relative to the output directory. */
    List<GeneratedFile> generate(TargetInput input);
}
