package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code diplokg bench} on a tiny corpus: it runs and reports every section. Timings are never judged.
 */
class BenchCommandIT {

    private static final List<String> SECTIONS = List.of("extraction", "quality", "load", "queries",
            "queries-uncached", "http", "incremental", "run");

    @TempDir
    Path folder;

    @Test
    void smallRunReportsEverySectionWithPositiveFigures() throws IOException {
        CliTest.Run run = CliTest.run("bench", "--articles", "60", "--out", folder.toString(), "--sample", "40",
                "--runs", "3", "--load-seconds", "0.3");
        assertEquals(0, run.code(), run.err());
        JsonObject report = JSON.parse(Files.readString(folder.resolve("bench-60.json")));
        for (String section : SECTIONS) {
            assertTrue(report.hasKey(section), "no section " + section + " in " + report);
            JsonArray rows = report.get(section).getAsArray();
            assertTrue(!rows.isEmpty(), section + " is empty");
            for (JsonValue row : rows) {
                for (String key : row.getAsObject().keys()) {
                    JsonValue cell = row.getAsObject().get(key);
                    assertTrue(!cell.isString() || !cell.getAsString().value().startsWith("failed"),
                            section + ": " + key + " failed in " + row);
                    assertTrue(!cell.isNumber() || key.equals("errors") || cell.getAsNumber().value().doubleValue() > 0,
                            section + ": " + key + " is not positive in " + row);
                }
            }
        }
        assertTrue(report.get("quality").getAsArray().stream().anyMatch(row -> row.getAsObject().get("score")
                .getAsString().value().startsWith("event clustering")), "event clustering in " + report.get("quality"));
        long shipped;
        try (var files = Files.list(ProjectFiles.QUERIES)) {
            shipped = files.filter(file -> file.toString().endsWith(".rq")).count();
        }
        assertEquals(shipped, report.get("queries").getAsArray().size(), "one row per shipped saved query");
        JsonArray uncached = report.get("queries-uncached").getAsArray();
        assertEquals(shipped, uncached.size(), "one row per shipped saved query, cache off");
        assertTrue(uncached.stream().allMatch(row -> row.getAsObject().size() == 9), "nine cells a row: " + uncached);
        assertTrue(uncached.stream().anyMatch(row -> row.getAsObject().get("other values: median").isNumber()),
                "some query measured with other values: " + uncached);
        assertEquals(6, report.get("http").getAsArray().size(), "two servers at three concurrencies");
        assertTrue(Files.readString(folder.resolve("bench-60.md")).contains("| query |"), "Markdown table written");
        assertTrue(run.out().contains("#### "), run.out());
    }
}
