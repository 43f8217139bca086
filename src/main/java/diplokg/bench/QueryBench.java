package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.queries.CacheKey;
import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.vocab.BaseIri;
import java.net.HttpURLConnection;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Latency of every saved query with its default parameters and the API's row cap: the first run, uncached (what the
 * first request after a write pays when the warm-up has not answered it yet), then warm and repeated in process
 * through the cached {@link QueryRunner} the server uses, and over HTTP at {@code /api/queries/{name}}. Beside it,
 * the cache off: every run computed afresh, with the defaults and with other parameter values drawn from the store
 * ({@link ParameterDraws}, every parameter given), in process and over HTTP as CSV from a server started with its
 * cache off ({@code serve --no-cache}). A query that fails or runs out of time is reported as such, and the others
 * are still measured.
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
    private final Map<String, List<Object>> uncachedRows = new LinkedHashMap<>();
    private final Map<String, List<Map<String, String>>> drawn = new LinkedHashMap<>();
    private final Runnable measured;

    /**
     * @param measured told after each query's row grows, so that a long run can write what it has so far
     */
    QueryBench(SavedQueryCatalog catalog, int runs, Duration timeout, int maxRows, Runnable measured) {
        this.catalog = catalog;
        this.maxRows = maxRows;
        this.runs = runs;
        this.timeout = timeout;
        this.measured = measured;
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
            measured.run();
        }
    }

    /**
     * Times every query in process with the cache off, with its defaults and with {@code runs} sets of other values
     * drawn from {@code dataset} (the same sets {@link #measureUncachedHttp} then asks over HTTP).
     */
    void measureLocalUncached(DatasetGraph dataset, BaseIri base) {
        QueryRunner uncached = new QueryRunner(new QueryTarget.Local(dataset), timeout);
        ParameterDraws draws = ParameterDraws.of(query -> firstColumn(uncached, query), base, "the benchmark's store");
        Random random = new Random(1);
        for (SavedQuery saved : catalog.all()) {
            List<Map<String, String>> values = new ArrayList<>();
            for (int i = 0; i < runs && !saved.parameters().isEmpty(); i++) {
                values.add(draws.allValues(saved, random));
            }
            drawn.put(saved.name(), values);
            List<Object> row = new ArrayList<>(List.of(saved.name()));
            // The cells of one side are added together, so that a failure after the defaults leaves the row as
            // wide as its columns.
            try {
                Query defaults = CacheKey.of(saved, Map.of(), maxRows).query();
                List<Object> cells = new ArrayList<>(medianAndP95(time(runs, () -> uncached.run(defaults))));
                List<Query> others = values.stream().map(v -> CacheKey.of(saved, v, maxRows).query()).toList();
                cells.addAll(others.isEmpty() ? List.of("no parameters", "") : medianAndP95(time(others.size(),
                        i -> uncached.run(others.get(i)))));
                row.addAll(cells);
            } catch (RuntimeException e) {
                row.addAll(List.of(failure(e), "", "", ""));
            }
            uncachedRows.put(saved.name(), row);
            measured.run();
        }
    }

    /**
     * Times every query over HTTP as CSV on a server whose cache is off, with its defaults and with the values
     * {@link #measureLocalUncached} drew.
     */
    Section measureUncachedHttp(HttpDriver http, URI server) {
        for (SavedQuery saved : catalog.all()) {
            List<Object> row = uncachedRows.computeIfAbsent(saved.name(), name -> new ArrayList<>(List.of(name)));
            String path = "/api/queries/" + saved.name() + "?format=csv";
            try {
                URI defaults = server.resolve(path);
                List<Object> cells = new ArrayList<>(medianAndP95(time(runs, () -> http.get(defaults))));
                List<URI> others = drawn.getOrDefault(saved.name(), List.of()).stream()
                        .map(values -> server.resolve(path + query(values))).toList();
                cells.addAll(others.isEmpty() ? List.of("no parameters", "") : medianAndP95(time(others.size(),
                        i -> http.get(others.get(i)))));
                row.addAll(cells);
            } catch (RuntimeException e) {
                row.addAll(List.of(failure(e), "", "", ""));
            }
            measured.run();
        }
        return uncached();
    }

    /** The cache-off table as measured so far: cells not measured yet are empty. */
    Section uncached() {
        List<String> columns = List.of("query", "in process, defaults: median", "p95", "other values: median", "p95",
                "HTTP as CSV, defaults: median", "p95", "other values: median", "p95");
        return new Section("queries-uncached", "Saved queries with the cache off, latency in ms (" + runs
                + " runs each: the defaults, then " + runs + " sets of other values)", columns,
                padded(uncachedRows, columns.size()));
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
            measured.run();
        }
        return cached();
    }

    /** The cache-on table as measured so far: cells not measured yet are empty. */
    Section cached() {
        List<String> columns = List.of("query", "first run (uncached)", "in-process min", "median", "p95", "max",
                "HTTP min", "median", "p95", "max");
        return new Section("queries", "Saved queries, default parameters, latency in ms (" + runs + " warm runs)",
                columns, padded(rows, columns.size()));
    }

    /** Whether any query has a row in the cache-on or the cache-off table. */
    boolean started(boolean uncached) {
        return !(uncached ? uncachedRows : rows).isEmpty();
    }

    private static List<List<Object>> padded(Map<String, List<Object>> rows, int width) {
        List<List<Object>> padded = new ArrayList<>();
        for (List<Object> row : rows.values()) {
            List<Object> cells = new ArrayList<>(row);
            while (cells.size() < width) {
                cells.add("");
            }
            padded.add(cells);
        }
        return padded;
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
        return time(count, i -> work.get());
    }

    /** Times {@code work} of run 0, 1, ... {@code count - 1}. */
    private static Latencies time(int count, java.util.function.IntFunction<?> work) {
        List<Long> nanos = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long start = System.nanoTime();
            work.apply(i);
            nanos.add(System.nanoTime() - start);
        }
        return Latencies.of(nanos);
    }

    private static List<Object> medianAndP95(Latencies latencies) {
        return List.of(latencies.median(), latencies.p95());
    }

    /** The first column of a SELECT's rows, as text. */
    private static List<String> firstColumn(QueryRunner runner, String text) {
        QueryResult.Rows result = (QueryResult.Rows) runner.run(org.apache.jena.query.QueryFactory.create(text));
        String variable = result.rows().getResultVars().get(0);
        List<String> column = new ArrayList<>();
        while (result.rows().hasNext()) {
            QuerySolution row = result.rows().next();
            if (row.contains(variable)) {
                column.add(row.get(variable).toString());
            }
        }
        return column;
    }

    /** {@code values} as the parameters of a URL that already has one. */
    private static String query(Map<String, String> values) {
        StringBuilder parameters = new StringBuilder();
        values.forEach((name, value) -> parameters.append('&').append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return parameters.toString();
    }
}
