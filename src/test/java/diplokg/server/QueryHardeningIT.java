package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import diplokg.ProjectFiles;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an anonymous caller of {@code /kg/sparql} must not be able to do: make the server call other addresses
 * (SERVICE, FROM), send it texts or forms it chokes on, or keep its CPU or heap busy beyond the query timeout. The
 * project's configuration with a 3 s timeout and one allowed SERVICE endpoint, and a small HTTP server on
 * 127.0.0.1 that counts the requests it receives (it plays the internal address an attacker aims at, and the
 * allowed endpoint).
 */
class QueryHardeningIT {

    private static final String ANSWER = "{\"head\":{\"vars\":[\"x\"]},\"results\":{\"bindings\":"
            + "[{\"x\":{\"type\":\"literal\",\"value\":\"far away\"}}]}}";

    @TempDir
    static Path folder;

    private static HttpServer internal;
    private static final AtomicInteger HITS = new AtomicInteger();
    private static FixtureServer server;

    @BeforeAll
    static void start() throws IOException {
        internal = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        internal.createContext("/", exchange -> {
            HITS.incrementAndGet();
            byte[] body = ANSWER.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/sparql-results+json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        internal.start();
        String config = Files.readString(ProjectFiles.FUSEKI_CONFIG);
        assertTrue(config.contains("\"10000,30000\""), "the test shortens the configured timeout");
        Path configured = Files.writeString(folder.resolve("fuseki-config.ttl"),
                config.replace("\"10000,30000\"", "\"3000,3000\"") + "\n:kg <" + FederationPolicy.PROPERTY_IRI
                        + "> <" + internalUri("/allowed") + "> .\n");
        Path store = folder.resolve("tdb2");
        server = FixtureServer.start(store, FixtureServer.settings(store, FixtureServer.TEST_QUERIES)
                .withConfig(configured));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
        if (internal != null) {
            internal.stop(0);
        }
    }

    private static String internalUri(String path) {
        return "http://127.0.0.1:" + internal.getAddress().getPort() + path;
    }

    private static HttpResponse<String> get(String query) {
        return FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root() + "/kg/sparql?query="
                + encode(query))).timeout(Duration.ofSeconds(30)).header("Accept", "text/csv").build());
    }

    private static HttpResponse<String> post(String contentType, String body) {
        return FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root() + "/kg/sparql"))
                .timeout(Duration.ofSeconds(30)).header("Accept", "text/csv").header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    @Test
    void refusesServiceToAnEndpointNotAllowedWithoutCallingIt() {
        String target = internalUri("/secret");
        int before = HITS.get();
        expectError(400, "<" + target + ">", get("SELECT * { SERVICE <" + target + "> { ?s ?p ?o } }"));
        expectError(400, "<" + target + ">", post("application/sparql-query",
                "SELECT * { ?a ?b ?c FILTER EXISTS { SERVICE <" + target + "> { ?s ?p ?o } } }"));
        expectError(400, "refused", post("application/x-www-form-urlencoded", "query="
                + encode("SELECT * { { SELECT * { SERVICE SILENT <" + target + "> { ?s ?p ?o } } } }")));
        HttpResponse<String> byVariable = get("SELECT * { VALUES ?e { <" + target + "> } SERVICE ?e { ?s ?p ?o } }");
        assertTrue(byVariable.statusCode() >= 400 && byVariable.statusCode() < 500, byVariable.body());
        assertEquals(before, HITS.get(), "the server called the address");
    }

    @Test
    void callsAnAllowedServiceEndpoint() {
        int before = HITS.get();
        String csv = expect(200, "text/csv",
                get("SELECT ?x { SERVICE <" + internalUri("/allowed") + "> { ?x ?p ?o } }"));
        assertEquals("x\r\nfar away\r\n", csv);
        assertEquals(before + 1, HITS.get());
    }

    /** Passes on the code before the hardening too: Fuseki picks FROM graphs in the dataset, never fetches them. */
    @Test
    void neverFetchesFromOrFromNamedGraphs() {
        int before = HITS.get();
        expect(200, "text/csv", get("SELECT * FROM <" + internalUri("/g") + "> { ?s ?p ?o }"));
        expect(200, "text/csv", get("SELECT * FROM NAMED <" + internalUri("/n") + "> { GRAPH ?g { ?s ?p ?o } }"));
        assertEquals(before, HITS.get(), "the server fetched a FROM graph");
    }

    @Test
    void refusesQueryTextsAboveTheLimitWith413() {
        String big = "ASK { FILTER(\"" + "x".repeat(PublicQueryFilter.MAX_QUERY_BYTES) + "\" != \"\") }";
        expectError(413, "longer than 65536 bytes", post("application/sparql-query", big));
        expectError(413, "longer than", post("application/x-www-form-urlencoded", "query=" + encode(big)));
        String fits = "ASK { FILTER(\"" + "x".repeat(60_000) + "\" != \"\") }";
        assertEquals("_askResult\r\ntrue\r\n", expect(200, "text/csv", post("application/sparql-query", fits)));
    }

    @Test
    void refusesAFormWithTenThousandParametersWith400() {
        String form = "query=" + encode("ASK {}") + IntStream.range(0, 10_000).mapToObj(i -> "&p" + i + "=1")
                .collect(Collectors.joining());
        expectError(400, "parameters", post("application/x-www-form-urlencoded", form));
    }

    @Test
    void stopsACatastrophicRegexWithTheQuery() {
        HttpResponse<String> response = get("SELECT ?x { BIND(REGEX(\"" + "e".repeat(400)
                + "\", \"(.*e){4}X\") AS ?x) }");
        assertEquals(503, response.statusCode(), response.body());
        HttpResponse<String> replace = get("SELECT ?x { BIND(REPLACE(\"" + "e".repeat(400)
                + "\", \"(.*e){4}X\", \"\") AS ?x) }");
        assertEquals(503, replace.statusCode(), replace.body());
        assertNoThreadMatchingARegex();
    }

    @Test
    void evaluatesOrdinaryRegexAndReplaceAsSparqlSays() {
        String count = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER(%s) }";
        String byRegex = expect(200, "text/csv", get(count.formatted("REGEX(STR(?o), \"^fr\", \"i\")")));
        String byPrefix = expect(200, "text/csv", get(count.formatted("STRSTARTS(LCASE(STR(?o)), \"fr\")")));
        assertEquals(byPrefix, byRegex);
        assertTrue(!byRegex.equals("n\r\n0\r\n"), "the fixture has values starting with fr");
        assertEquals("r\r\naXcaXc\r\n", expect(200, "text/csv",
                get("SELECT (REPLACE(\"abbcabc\", \"b+\", \"X\") AS ?r) {}")));
    }

    @Test
    void stopsAGroupConcatBeforeItFillsTheHeap() {
        HttpResponse<String> response = get("SELECT (GROUP_CONCAT(STR(?o)) AS ?all) { ?a ?b ?c . ?d ?e ?f . "
                + "?g ?h ?o }");
        assertEquals(422, response.statusCode(), () -> response.body().substring(0, 200));
        assertTrue(response.body().contains("GROUP_CONCAT result longer than"), response.body());
        String small = expect(200, "text/csv", get("SELECT (GROUP_CONCAT(?x; separator=\"|\") AS ?all) "
                + "{ VALUES ?x { \"a\" \"b\" } }"));
        assertEquals("all\r\na|b\r\n", small);
    }

    /** No server thread is still inside java.util.regex, waiting up to ten seconds for them to unwind. */
    private static void assertNoThreadMatchingARegex() {
        List<String> busy = List.of();
        for (int attempt = 0; attempt < 100; attempt++) {
            busy = Arrays.stream(ManagementFactory.getThreadMXBean().dumpAllThreads(false, false))
                    .filter(thread -> Arrays.stream(thread.getStackTrace())
                            .anyMatch(frame -> frame.getClassName().startsWith("java.util.regex")))
                    .map(ThreadInfo::getThreadName)
                    .toList();
            if (busy.isEmpty()) {
                return;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
        assertEquals(List.of(), busy, "threads still matching a regular expression");
    }
}
