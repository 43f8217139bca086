package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.cli.CliTest.Run;
import diplokg.store.StoreLockedException;
import diplokg.store.TdbStore;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A local {@code query} or {@code sparql} while {@code diplokg serve} holds the store. TDB2 locks a store per
 * process, so the server runs in a second JVM, started from this test's class path; the query runs in this one.
 */
class StoreLockIT {

    private static final Path RUSSIA = ProjectFiles.SEEDS.resolve("002_3e8b7122a839a5da.txt");

    @TempDir
    static Path folder;

    private static Path store;

    @BeforeAll
    static void loadOneArticle() {
        store = folder.resolve("tdb2");
        TestStores.load(store, List.of(RUSSIA));
    }

    @Test
    void queryOnAStoreHeldByAServerElsewhereSaysSoInOneLine() throws Exception {
        assumeFalse(answers(QuerySession.LOCAL_SERVER), "a server answers at " + QuerySession.LOCAL_SERVER);
        Process server = serve(0);
        try {
            String expected = "diplokg: " + store + ": the store is held by process " + server.pid()
                    + " and no diplokg server answers at http://localhost:3030/kg/sparql; stop that process, or give"
                    + " the endpoint of the server that holds it with --endpoint URL\n";
            Run query = CliTest.run("query", "articles", "--data", store.toString());
            assertEquals(1, query.code());
            assertEquals(expected, query.err());
            assertEquals("", query.out());
            Run sparql = CliTest.run("sparql", "ASK {}", "--data", store.toString());
            assertEquals(1, sparql.code());
            assertEquals(expected, sparql.err());
        } finally {
            stop(server);
        }
    }

    @Test
    void openingAStoreHeldElsewhereNamesTheHolderByItsProcessId() throws Exception {
        Process server = serve(0);
        try {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> TdbStore.open(store));
            assertEquals(OptionalLong.of(server.pid()), e.holder());
            assertEquals(store, e.folder());
        } finally {
            stop(server);
        }
    }

    @Test
    void queryOnAStoreHeldByTheServerOnTheDefaultPortAsksThatServer() throws Exception {
        assumeFalse(answers(QuerySession.LOCAL_SERVER), "a server answers at " + QuerySession.LOCAL_SERVER);
        Process server = serve(3030);
        try {
            Run query = CliTest.run("query", "relations-established", "--format", "csv", "--data", store.toString());
            assertEquals(0, query.code(), query.err());
            assertEquals("diplokg: the store is held by a running server; querying http://localhost:3030/kg/sparql"
                    + " instead\n", query.err());
            assertTrue(query.out().contains("https://w3id.org/diplokg/id/state/RU,Russia,1950,1,"), query.out());
        } finally {
            stop(server);
        }
    }

    /** Starts {@code diplokg serve} on the store in a second JVM and waits until it serves. */
    private static Process serve(int port) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", store.toString(), "--port", String.valueOf(port))
                .redirectErrorStream(true);
        builder.environment().put("DIPLOKG_HOME", Path.of("").toAbsolutePath().toString());
        Process process = builder.start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = new Thread(() -> drain(process, lines), "serve-output");
        reader.setDaemon(true);
        reader.start();
        StringBuilder seen = new StringBuilder();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String line = lines.poll(1, TimeUnit.SECONDS);
            if (line != null) {
                seen.append(line).append('\n');
                if (line.startsWith("Press Ctrl-C")) {
                    return process;
                }
            } else if (!process.isAlive()) {
                break;
            }
        }
        stop(process);
        return fail("the server did not start:\n" + seen);
    }

    /** Reads the server's output until it ends, so that a full pipe never blocks it. */
    private static void drain(Process process, BlockingQueue<String> lines) {
        try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(),
                StandardCharsets.UTF_8))) {
            reader.lines().forEach(lines::add);
        } catch (IOException e) {
            lines.add("(output unreadable: " + e.getMessage() + ")");
        }
    }

    /** Stops the server as Ctrl-C would (its shutdown hook releases the store), forcibly if it lingers. */
    private static void stop(Process process) throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
    }

    private static boolean answers(String endpoint) {
        URI ping = URI.create(endpoint.replace("/kg/sparql", "/$/ping"));
        try {
            HttpResponse<Void> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(ping)
                    .timeout(Duration.ofSeconds(2)).build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() < 500;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return true;
        }
    }
}
