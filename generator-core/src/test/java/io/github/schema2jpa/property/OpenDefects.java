package io.github.schema2jpa.property;

import java.util.EnumSet;
import java.util.Set;

/**
 * Defects the properties have found that are not fixed yet. While a defect is open, the generators leave out
 * exactly the inputs that reach it, so that the properties keep guarding everything else; remove a defect from
 * {@link #OPEN} once it is fixed, and the properties try those inputs again. The minimal schemas that show each
 * defect are under {@code src/test/resources/property}, and {@link RegressionCasesTest} runs those of fixed defects.
 */
enum OpenDefects {

    ; // none open: each defect the properties found is fixed, and its minimal schema runs as a regression case

    static final Set<OpenDefects> OPEN = EnumSet.noneOf(OpenDefects.class);

    private final Set<Names.Kind> nameKinds;

    OpenDefects(Names.Kind... nameKinds) {
        this.nameKinds = nameKinds.length == 0 ? EnumSet.noneOf(Names.Kind.class) : EnumSet.of(nameKinds[0], nameKinds);
    }

    /** The classes of names this defect breaks. */
    Set<Names.Kind> nameKinds() {
        return nameKinds;
    }

    boolean open() {
        return OPEN.contains(this);
    }
}
