package diplokg.queries;

import diplokg.store.StoreVersion;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.resultset.ResultSetMem;

/**
 * Answers of queries already run on the same state of the store, keyed by query text
 * ({@link CacheKey#text()}) and {@link StoreVersion}.
 *
 * <p><b>Why a cache.</b> At 100k articles a GROUP BY over the union graph scans millions of quads (about a second in
 * plain TDB2) while the store changes only when articles are loaded. Keying by TDB2's data version, read inside the
 * same read transaction the query runs in, makes a hit exactly as fresh as a fresh run: any committed write (ingest,
 * bulk load, SPARQL Update through the admin endpoint, compaction) moves the version, so older entries are simply
 * never asked for again and age out. A derived graph of precomputed aggregates would make first answers fast too,
 * but would have to be kept right by every writer, including arbitrary SPARQL Update; the cache needs no writer's
 * cooperation and leaves every query's text and result as they are.
 *
 * <p>Bounded: at most {@code entries} answers (least recently used leave first), and answers above
 * {@value #MAX_ROWS} rows or triples are not kept. Rows are kept once and never changed; each hit gets its own
 * cursor over them (a hit costs no copy of 10,000 rows), or its own copy of a kept model, so callers may consume and
 * rewind what they get freely. Thread-safe.
 */
final class ResultCache {

    static final int MAX_ROWS = 100_000;

    private final Map<Key, Entry> entries;
    /** Answers being computed: a second request for one waits for it instead of scanning the store again. */
    private final Map<Key, CompletableFuture<Entry>> running = new HashMap<>();
    private long hits;
    private long misses;

    ResultCache(int capacity) {
        this.entries = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
                return size() > capacity;
            }
        };
    }

    /**
     * The cached answer of {@code query} at {@code version}, or the one {@code run} computes (then kept). While one
     * caller computes an answer, others asking for the same one wait for it, at most {@code patience}, and share it or
     * its failure.
     *
     * @throws QueryCancelledException when {@code patience} ran out waiting for another caller's computation
     */
    QueryResult get(String query, StoreVersion version, Duration patience, Supplier<QueryResult> run) {
        Key key = new Key(query, version);
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> theirs;
        synchronized (entries) {
            Entry cached = entries.get(key);
            if (cached != null) {
                hits++;
                return cached.copy();
            }
            theirs = running.putIfAbsent(key, mine);
            if (theirs == null) {
                misses++;
            } else {
                hits++;
            }
        }
        if (theirs != null) {
            Entry shared = await(theirs, patience);
            // Too large to keep is too large to share: compute it again.
            return shared != null ? shared.copy() : run.get();
        }
        try {
            QueryResult result = run.get();
            Entry entry = Entry.of(result);
            synchronized (entries) {
                if (entry != null) {
                    entries.put(key, entry);
                }
                running.remove(key);
            }
            mine.complete(entry);
            return entry != null ? entry.copy() : result;
        } catch (RuntimeException | Error e) {
            synchronized (entries) {
                running.remove(key);
            }
            mine.completeExceptionally(e);
            throw e;
        }
    }

    /** Answers served from the cache or shared with a running computation, and answers computed. */
    CacheStatistics statistics() {
        synchronized (entries) {
            return new CacheStatistics(hits, misses, entries.size());
        }
    }

    private static Entry await(CompletableFuture<Entry> computation, Duration patience) {
        try {
            return computation.get(patience.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            throw new QueryCancelledException();
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new QueryCancelledException();
        }
    }

    private record Key(String query, StoreVersion version) {
    }

    /** An immutable answer. */
    private sealed interface Entry {

        QueryResult copy();

        /** The entry of {@code result}, or null when it is too large to keep. */
        static Entry of(QueryResult result) {
            if (result instanceof QueryResult.Answer answer) {
                return new AnswerEntry(answer);
            }
            if (result instanceof QueryResult.Triples triples) {
                return triples.model().size() > MAX_ROWS ? null : new ModelEntry(ModelFactory.createDefaultModel()
                        .add(triples.model()).setNsPrefixes(triples.model().getNsPrefixMap()));
            }
            QueryResult.Rows rows = (QueryResult.Rows) result;
            return rows.rows().size() > MAX_ROWS ? null : RowsEntry.of(rows.rows());
        }
    }

    private record AnswerEntry(QueryResult.Answer answer) implements Entry {
        @Override
        public QueryResult copy() {
            return answer;
        }
    }

    private record ModelEntry(Model model) implements Entry {
        @Override
        public QueryResult copy() {
            return new QueryResult.Triples(ModelFactory.createDefaultModel().add(model)
                    .setNsPrefixes(model.getNsPrefixMap()));
        }
    }

    /** Rows kept once; every hit reads them through its own cursor (ResultSetMem shares the row list it is given). */
    private record RowsEntry(ResultSetMem rows) implements Entry {

        static RowsEntry of(ResultSetRewindable results) {
            results.reset();
            ResultSetMem rows = new ResultSetMem(results);
            results.reset();
            return new RowsEntry(rows);
        }

        @Override
        public QueryResult copy() {
            return new QueryResult.Rows(new ResultSetMem(rows));
        }
    }
}
