package io.github.schema2jpa.cli;

import io.github.schema2jpa.Schema2Jpa;
import picocli.CommandLine.IVersionProvider;

/** {@code --version}: the generator's version, as built. */
final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"schema2jpa " + Schema2Jpa.version()};
    }
}
