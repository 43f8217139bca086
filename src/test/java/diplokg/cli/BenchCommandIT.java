package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.bench.BenchReport;
import diplokg.bench.BenchSettings;
import diplokg.bench.Benchmark;
import diplokg.ingest.IngestListener;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Smoke test of {@code diplokg bench} on a tiny corpus: it runs and reports every section, then times the queries
 * again on the store it left, writing its report as it goes. Timings are never judged.
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
        assertFalse(Files.readString(folder.resolve("bench-60.md")).contains("Partial report"),
                "the finished run's report is not marked partial");
        assertFalse(report.hasKey("inProgress"), "no phase in progress in the finished report");

        reusedStoreTimesTheQueriesOnly(shipped);
        reportsWrittenAlongTheWayAreMarkedPartialAndGrow(shipped);
    }

    /** The store the full run left is timed again without generating, extracting or loading anything. */
    private void reusedStoreTimesTheQueriesOnly(long shipped) throws IOException {
        CliTest.Run run = CliTest.run("bench", "--articles", "60", "--out", folder.toString(), "--reuse-store",
                "--runs", "2", "--load-seconds", "0.2");
        assertEquals(0, run.code(), run.err());
        JsonObject report = JSON.parse(Files.readString(folder.resolve("bench-60-queries.json")));
        for (String section : List.of("store", "queries", "queries-uncached", "http", "run")) {
            assertTrue(report.hasKey(section), "no section " + section + " in " + report);
        }
        for (String section : List.of("extraction", "quality", "load", "incremental")) {
            assertFalse(report.hasKey(section), "section " + section + " measured with --reuse-store: " + report);
        }
        assertEquals(shipped, report.get("queries-uncached").getAsArray().size());
        JsonObject store = new JsonObject();
        report.get("store").getAsArray().forEach(row -> store.put(row.getAsObject().get("figure").getAsString()
                .value(), row.getAsObject().get("value")));
        assertTrue(store.get("quads").getAsNumber().value().longValue() > 1000, "quads of 60 articles: " + store);
        assertTrue(store.get("knowledge graph (triples)").getAsNumber().value().longValue() > 0, store.toString());
        assertEquals(new KnowledgeLayer(BaseIri.DEFAULT).rules(),
                store.get("rules of the knowledge graph").getAsString().value());
        // The full run's report is not overwritten by the queries-only one.
        assertTrue(JSON.parse(Files.readString(folder.resolve("bench-60.json"))).hasKey("load"));
    }

    private void reportsWrittenAlongTheWayAreMarkedPartialAndGrow(long shipped) {
        List<BenchReport> written = new ArrayList<>();
        BenchSettings settings = new BenchSettings(60, 1, folder, 1, 1, 1, Duration.ofMillis(100),
                ProjectFiles.ONTOLOGY, ProjectFiles.QUERIES, ProjectFiles.FUSEKI_CONFIG, BaseIri.DEFAULT, true);
        BenchReport last = new Benchmark(settings, IngestListener.NONE, phase -> { }, written::add).run();
        assertTrue(last.finished());
        assertTrue(written.size() > 2 * shipped, "a report after each query at least: " + written.size());
        assertTrue(written.stream().noneMatch(BenchReport::finished), "every report along the way is partial");
        List<String> phases = written.stream().map(BenchReport::inProgress).distinct().toList();
        assertTrue(phases.contains("saved-query latencies over HTTP, cache off"), phases.toString());
        // One query timed over HTTP with the cache off: its row is there with the HTTP cells still empty.
        BenchReport midway = written.stream().filter(r -> r.inProgress().equals("saved-query latencies in process, "
                + "cache off")).reduce((a, b) -> b).orElseThrow();
        var uncached = midway.sections().stream().filter(s -> s.id().equals("queries-uncached")).findFirst()
                .orElseThrow();
        assertEquals(9, uncached.rows().get(0).size(), "rows as wide as the columns");
        assertEquals("", uncached.rows().get(0).get(5), "HTTP not measured yet: " + uncached.rows().get(0));
        for (int i = 1; i < written.size(); i++) {
            assertTrue(written.get(i).sections().size() >= written.get(i - 1).sections().size(),
                    "sections never disappear from one report to the next");
        }
    }
}
