package diplokg.bench;

import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apache.jena.query.Query;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Latency of every saved query with its default parameters: once uncached (the first request after a write pays
 * this), then warm and repeated in process through the cached {@link QueryRunner} the server uses, and over HTTP
 * at {@code /api/queries/{name}}.
 */
final class QueryBench {

    private static final Duration TIMEOUT = Duration.ofMinutes(5);

    private final SavedQueryCatalog catalog;
    private final int runs;

    QueryBench(SavedQueryCatalog catalog, int runs) {
        this.catalog = catalog;
        this.runs = runs;
    }

    Section measure(DatasetGraph dataset, HttpDriver http, URI server) {
        QueryRunner plain = new QueryRunner(new QueryTarget.Local(dataset), TIMEOUT);
        QueryRunner cached = plain.cached(64);
        List<List<Object>> rows = new ArrayList<>();
        for (SavedQuery saved : catalog.all()) {
            Query query = QueryRunner.bind(saved, Map.of());
            Latencies uncached = time(3, () -> plain.run(query));
            cached.run(query);
            Latencies local = time(runs, () -> cached.run(query));
            URI uri = server.resolve("/api/queries/" + saved.name());
            http.get(uri);
            Latencies remote = time(runs, () -> http.get(uri));
            List<Object> row = new ArrayList<>(List.of(saved.name(), uncached.median()));
            row.addAll(local.cells());
            row.addAll(remote.cells());
            rows.add(row);
        }
        return new Section("queries", "Saved queries, default parameters, latency in ms (" + runs + " warm runs)",
                List.of("query", "uncached median", "in-process min", "median", "p95", "max",
                        "HTTP min", "median", "p95", "max"), rows);
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
