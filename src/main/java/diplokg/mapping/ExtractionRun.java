package diplokg.mapping;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Pattern;

/**
 * Which version of the extractor produced a graph, and when: recorded with PROV-O in every article graph.
 *
 * @param extractorVersion the build's version and commit, as {@link #currentVersion()} gives it
 * @param time             when the extraction ran
 */
public record ExtractionRun(String extractorVersion, Instant time) {

    private static final String BUILD_PROPERTIES = "/diplokg/build.properties";
    private static final String COMMIT = "/diplokg/commit.txt";
    private static final Pattern COMMIT_ID = Pattern.compile("[0-9a-f]{7,40}(\\.dirty)?");
    private static final String CURRENT_VERSION = readCurrentVersion();

    public ExtractionRun {
        Objects.requireNonNull(extractorVersion, "extractor version");
        Objects.requireNonNull(time, "time");
    }

    /** A run now, by the extractor of this build. */
    public static ExtractionRun now() {
        return new ExtractionRun(CURRENT_VERSION, Instant.now());
    }

    /**
     * This build's version and commit, {@code 0.1.0-SNAPSHOT+a17fe2a} ({@code .dirty} appended when the work tree had
     * uncommitted changes, {@code +unknown} when built without git): the version from {@code diplokg/build.properties}
     * as Maven filtered it, the commit from {@code diplokg/commit.txt} as the build wrote it; {@code dev} when the
     * classes were not built by Maven.
     */
    public static String currentVersion() {
        return CURRENT_VERSION;
    }

    private static String readCurrentVersion() {
        Properties build = new Properties();
        String commit;
        try (InputStream properties = ExtractionRun.class.getResourceAsStream(BUILD_PROPERTIES);
             InputStream commitFile = ExtractionRun.class.getResourceAsStream(COMMIT)) {
            if (properties == null) {
                return "dev";
            }
            build.load(properties);
            commit = commitFile == null ? "" : new String(commitFile.readAllBytes(), StandardCharsets.UTF_8)
                    .lines().findFirst().orElse("").strip();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the build's version from the class path", e);
        }
        String version = build.getProperty("version", "");
        // An IDE may copy the file without filtering it.
        version = version.isBlank() || version.contains("${") ? "dev" : version.strip();
        return version + "+" + (COMMIT_ID.matcher(commit).matches() ? commit : "unknown");
    }
}
