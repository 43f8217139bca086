package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The configuration's query timeout stops runaway queries: the project's {@code fuseki-config.ttl} with its timeout
 * shortened to one second, and a cross product of the fixture with itself six times (about 10^12 solutions, hours
 * of work) sent to the SPARQL endpoint and to the saved-query API.
 */
class QueryTimeoutIT {

    private static final String CROSS_PRODUCT =
            "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o . ?p ?q ?r }";

    @TempDir
    static Path folder;

    private static FixtureServer server;

    @BeforeAll
    static void start() throws IOException {
        String config = Files.readString(ProjectFiles.FUSEKI_CONFIG);
        assertTrue(config.contains("\"10000,30000\""), "the test shortens the configured timeout");
        Path shortTimeout = Files.writeString(folder.resolve("fuseki-config.ttl"),
                config.replace("\"10000,30000\"", "\"500,1000\""));
        Path queries = Files.createDirectories(folder.resolve("queries"));
        Files.writeString(queries.resolve("cross.rq"), "#+ summary: A runaway query\n" + CROSS_PRODUCT + "\n");
        Path store = folder.resolve("tdb2");
        server = FixtureServer.start(store, FixtureServer.settings(store, queries).withConfig(shortTimeout));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> getWithin(String path, Duration limit) {
        return FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root() + path)).timeout(limit)
                .header("Accept", "text/csv").build());
    }

    @Test
    void stopsARunawaySparqlQueryWithAnError() {
        HttpResponse<String> response = getWithin("/kg/sparql?query=" + encode(CROSS_PRODUCT), Duration.ofSeconds(20));
        assertEquals(503, response.statusCode(), response.body());
        assertNoQueryStillRunning();
        assertEquals("n\r\n153\r\n", expect(200, "text/csv",
                server.get("/kg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }"), "text/csv")));
    }

    @Test
    void stopsARunawaySavedQueryWithAJsonError() {
        expectError(503, "query stopped after the timeout of 1000 ms",
                getWithin("/api/queries/cross", Duration.ofSeconds(20)));
        assertNoQueryStillRunning();
    }

    /**
     * No server thread is still inside ARQ's query engine, waiting up to ten seconds for them to unwind: the cache
     * warmer may be running the same runaway saved query with its own timeout, four times the request's.
     */
    private static void assertNoQueryStillRunning() {
        List<String> busy = List.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            busy = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                    .filter(QueryTimeoutIT::evaluatesAQuery)
                    .map(ThreadInfo::getThreadName)
                    .toList();
            if (busy.isEmpty()) {
                return;
            }
            pause();
        }
        assertEquals(List.of(), busy, "threads still evaluating a query");
    }

    private static boolean evaluatesAQuery(ThreadInfo thread) {
        return Arrays.stream(thread.getStackTrace())
                .anyMatch(frame -> frame.getClassName().startsWith("org.apache.jena.sparql.engine.iterator"));
    }

    private static void pause() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
