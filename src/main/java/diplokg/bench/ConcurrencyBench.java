package diplokg.bench;

import diplokg.queries.QueryRunner;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * HTTP throughput at 1, 4 and 16 concurrent clients for three saved queries, on diplokg's {@code /api/queries} and on
 * plain Fuseki answering the same query text over the same TDB2 dataset. The two servers are driven in turn, each for
 * the same time, so both see the same machine load.
 */
final class ConcurrencyBench {

    /** Aggregates the issue names (level per pair, counts per partner and sector), when the catalogue has them. */
    static final List<String> PREFERRED = List.of("partners-by-level", "sectors-by-partner", "partner-sector-matrix");
    static final List<Integer> CLIENTS = List.of(1, 4, 16);

    private final SavedQueryCatalog catalog;
    private final Duration duration;

    ConcurrencyBench(SavedQueryCatalog catalog, Duration duration) {
        this.catalog = catalog;
        this.duration = duration;
    }

    Section measure(HttpDriver http, URI diplokg, URI plain) {
        List<SavedQuery> chosen = chosen();
        List<URI> ours = chosen.stream().map(q -> diplokg.resolve("/api/queries/" + q.name())).toList();
        List<URI> theirs = chosen.stream().map(q -> plain.resolve("/plain/sparql?query="
                + URLEncoder.encode(QueryRunner.bind(q, Map.of()).toString(), StandardCharsets.UTF_8))).toList();
        // Warm both: diplokg's cache and the OS page cache the two share.
        ours.forEach(uri -> http.drive(List.of(uri), 1, Duration.ZERO));
        theirs.forEach(uri -> http.drive(List.of(uri), 1, Duration.ZERO));
        List<List<Object>> rows = new ArrayList<>();
        for (int clients : CLIENTS) {
            rows.add(row("diplokg /api/queries", clients, http.drive(ours, clients, duration)));
            rows.add(row("plain Fuseki /plain/sparql", clients, http.drive(theirs, clients, duration)));
        }
        String names = String.join(", ", chosen.stream().map(SavedQuery::name).toList());
        return new Section("http", "HTTP throughput, queries " + names + " in turn",
                List.of("server", "clients", "requests", "errors", "requests/s", "min ms", "median ms", "p95 ms",
                        "max ms"),
                rows);
    }

    private List<SavedQuery> chosen() {
        List<SavedQuery> all = List.copyOf(catalog.all());
        List<SavedQuery> preferred = all.stream().filter(q -> PREFERRED.contains(q.name())).toList();
        return preferred.size() == PREFERRED.size() ? preferred : all.subList(0, Math.min(3, all.size()));
    }

    private static List<Object> row(String server, int clients, HttpDriver.Load load) {
        List<Object> row = new ArrayList<>(List.of(server, clients, load.latencies().count(), load.errors(),
                load.throughput()));
        row.addAll(load.latencies().cells());
        return row;
    }
}
