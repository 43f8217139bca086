package diplokg.cli;

import diplokg.mapping.ExtractionRun;
import picocli.CommandLine.IVersionProvider;

/** The version of this build, the same that every article graph records as its extractor version. */
public final class VersionProvider implements IVersionProvider {

    @Override
    public String[] getVersion() {
        return new String[] {"diplokg " + ExtractionRun.currentVersion()};
    }
}
