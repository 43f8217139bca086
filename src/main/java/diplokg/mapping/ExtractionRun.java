package diplokg.mapping;

import java.time.Instant;
import java.util.Objects;

/** Which version of the extractor produced a graph, and when: recorded with PROV-O in every article graph. */
public record ExtractionRun(String extractorVersion, Instant time) {

    public ExtractionRun {
        Objects.requireNonNull(extractorVersion, "extractor version");
        Objects.requireNonNull(time, "time");
    }

    /** A run now, by the version packaged in the jar (or "dev" when run from classes). */
    public static ExtractionRun now() {
        String version = ExtractionRun.class.getPackage().getImplementationVersion();
        return new ExtractionRun(version == null ? "dev" : version, Instant.now());
    }
}
