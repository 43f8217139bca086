package diplokg.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class ExtractionRunTest {

    private static final Pattern BUILD = Pattern.compile("(.+)\\+([0-9a-f]{7,40}(?:\\.dirty)?|unknown)");

    @Test
    void recordsTheBuildsVersionAndCommitInsteadOfDev() throws IOException {
        String version = ExtractionRun.now().extractorVersion();
        Matcher matcher = BUILD.matcher(version);
        assertTrue(matcher.matches(), version);
        String pom = Files.readString(Path.of("pom.xml"));
        assertTrue(pom.contains("<version>" + matcher.group(1) + "</version>"), version);
        if (Files.exists(Path.of(".git"))) {
            assertTrue(matcher.group(2).matches("[0-9a-f]{7}(\\.dirty)?"), "built from git, yet " + version);
        }
    }

    @Test
    void everyRunOfOneBuildRecordsTheSameVersion() {
        assertEquals(ExtractionRun.currentVersion(), ExtractionRun.now().extractorVersion());
    }
}
