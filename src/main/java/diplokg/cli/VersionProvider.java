package diplokg.cli;

import picocli.CommandLine.IVersionProvider;

/** The version packaged in the jar. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String version = VersionProvider.class.getPackage().getImplementationVersion();
        return new String[] {"diplokg " + (version == null ? "dev" : version)};
    }
}
