package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class CapturedLogTest {

    private static final Logger LOG = LoggerFactory.getLogger(CapturedLogTest.class);

    @Test
    void keepsWarningsWithTheirStackTracesWhileOpenOnly() {
        CapturedLog log = CapturedLog.start();
        try {
            LOG.info("an ordinary step");
            LOG.warn("a warning");
            LOG.warn("a failure", new IllegalStateException("the cause"));
        } finally {
            log.close();
        }
        LOG.warn("after the capture");
        List<String> lines = log.text().lines().toList();
        assertEquals(List.of("WARN  CapturedLogTest - a warning", "WARN  CapturedLogTest - a failure",
                "java.lang.IllegalStateException: the cause"), lines.subList(0, 3), log.text());
        assertEquals(List.of(), lines.stream().filter(l -> l.contains("ordinary") || l.contains("after")).toList());
    }
}
