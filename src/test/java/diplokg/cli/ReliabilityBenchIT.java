package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code diplokg bench --reliability} in small: 50 articles, 4 clients for 10 s, no crash trials ({@code CrashTrialsIT}
 * runs them; each costs child JVMs and French models, and {@code mvn verify} must stay short). The report has every
 * table of the load run with sane figures and the server answers without errors (timings are never judged).
 */
class ReliabilityBenchIT {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void smallRunReportsLatenciesStatusesAndHeap() throws IOException {
        CliTest.Run run = CliTest.run("bench", "--reliability", "--articles", "50", "--trials", "0",
                "--upload-trials", "0", "--update-trials", "0", "--compact-trials", "0", "--clients", "4",
                "--minutes", "0.1667", "--out", folder.toString());
        assertEquals(0, run.code(), run.err());
        JsonObject report = JSON.parse(Files.readString(folder.resolve("reliability-50.json")));
        Map<String, JsonValue> summary = new HashMap<>();
        for (JsonValue row : report.get("summary").getAsArray()) {
            summary.put(row.getAsObject().get("figure").getAsString().value(), row.getAsObject().get("value"));
        }
        assertEquals("not run (--trials 0)", summary.get("crash trials consistent").getAsString().value(),
                report.toString());
        assertTrue(!report.hasKey("crash"), "no table of crash trials without trials");
        assertEquals(4, number(summary.get("clients")));
        assertTrue(number(summary.get("requests")) > 10, "requests in " + summary);
        assertEquals(0, number(summary.get("errors (5xx or no answer)")), "errors in " + report.get("status"));
        double p50 = number(summary.get("p50 ms"));
        double p95 = number(summary.get("p95 ms"));
        double p99 = number(summary.get("p99 ms"));
        assertTrue(0 < p50 && p50 <= p95 && p95 <= p99, p50 + " " + p95 + " " + p99);
        JsonArray load = report.get("load").getAsArray();
        assertEquals(4, load.size(), "three kinds and all: " + load);
        double perTarget = 0;
        for (JsonValue row : report.get("targets").getAsArray()) {
            String request = row.getAsObject().get("request").getAsString().value();
            assertTrue(request.matches("(saved query|resource page|sparql): .+"), "kind and what it asked: " + request);
            perTarget += number(row.getAsObject().get("requests"));
        }
        assertEquals(number(summary.get("requests")), perTarget, "every request counted under what it asked");
        JsonArray heap = report.get("heap").getAsArray();
        assertTrue(heap.size() >= 3, "heap sampled over the run: " + heap);
        for (JsonValue sample : heap) {
            double mb = number(sample.getAsObject().get("live heap (MB)"));
            assertTrue(mb > 1 && mb < 4096, "live heap " + mb);
        }
        assertTrue(Files.readString(folder.resolve("reliability-50.md")).contains("| kind | requests |"));
    }

    private static double number(JsonValue value) {
        return value.getAsNumber().value().doubleValue();
    }
}
