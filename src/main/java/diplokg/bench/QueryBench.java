package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.queries.CacheKey;
import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import java.net.HttpURLConnection;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Latency of every saved query with its default parameters and the API's row cap: the first run, uncached (what the
 * first request after a write pays when the warm-up has not answered it yet), then warm and repeated in process
 * through the cached {@link QueryRunner} the server uses, and over HTTP at {@code /api/queries/{name}}. A query
 * that fails or runs out of time is reported as such, and the others are still measured.
 *
 * <p>In-process runs come first, before any server is started: the server's configuration sets ARQ's query timeout
 * for the whole process.
 */
final class QueryBench {

    /** Longest the HTTP measurements wait for the server to have warmed one query. */
    private static final Duration WARM_WAIT = Duration.ofMinutes(10);

    private final SavedQueryCatalog catalog;
    private final int runs;
    private final int maxRows;
    private final Duration timeout;
    private final Map<String, List<Object>> rows = new LinkedHashMap<>();

    QueryBench(SavedQueryCatalog catalog, int runs, Duration timeout, int maxRows) {
        this.catalog = catalog;
        this.maxRows = maxRows;
        this.runs = runs;
        this.timeout = timeout;
    }

    /** Times every query in process. */
    void measureLocal(DatasetGraph dataset) {
        QueryRunner cached = new QueryRunner(new QueryTarget.Local(dataset), timeout).cached(64);
        for (SavedQuery saved : catalog.all()) {
            // The text the saved-query API runs: at most its row cap, so that both columns measure one thing.
            Query query = CacheKey.of(saved, Map.of(), maxRows).query();
            List<Object> row = new ArrayList<>(List.of(saved.name()));
            try {
                // The first run fills the cache: it costs what any request right after a write costs.
                row.add(time(1, () -> cached.run(query)).median());
                row.addAll(time(runs, () -> cached.run(query)).cells());
            } catch (RuntimeException e) {
                row.addAll(List.of(failure(e), "", "", "", ""));
            }
            rows.put(saved.name(), row);
        }
    }

    /** Times every query over HTTP on the diplokg server at {@code server}. */
    Section measureHttp(HttpDriver http, URI server) {
        for (SavedQuery saved : catalog.all()) {
            URI uri = server.resolve("/api/queries/" + saved.name());
            List<Object> row = rows.computeIfAbsent(saved.name(), name -> new ArrayList<>(List.of(name)));
            try {
                firstAnswer(http, uri);
                row.addAll(time(runs, () -> http.get(uri)).cells());
            } catch (RuntimeException e) {
                row.addAll(List.of(failure(e), "", "", ""));
            }
        }
        return new Section("queries", "Saved queries, default parameters, latency in ms (" + runs + " warm runs)",
                List.of("query", "first run (uncached)", "in-process min", "median", "p95", "max",
                        "HTTP min", "median", "p95", "max"), List.copyOf(rows.values()));
    }

    /**
     * The first answer of {@code uri}. The server's cache warmer may still be computing it: a request that ran out of
     * time on its own (503) is asked again until the warmer's answer is there, at most {@link #WARM_WAIT}.
     */
    private static void firstAnswer(HttpDriver http, URI uri) {
        long deadline = System.nanoTime() + WARM_WAIT.toNanos();
        while (true) {
            try {
                http.get(uri);
                return;
            } catch (HttpDriver.StatusException e) {
                if (e.status() != HttpURLConnection.HTTP_UNAVAILABLE || System.nanoTime() > deadline) {
                    throw e;
                }
                pause();
            }
        }
    }

    private static void pause() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException("benchmark interrupted", e);
        }
    }

    private static String failure(RuntimeException e) {
        String message = String.valueOf(e.getMessage());
        return "failed: " + message.substring(0, Math.min(60, message.length()));
    }

    private static Latencies time(int count, Supplier<?> work) {
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            work.get();
            nanos.add(System.nanoTime() - start);
        }
        return Latencies.of(nanos);
    }
}
