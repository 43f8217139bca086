package diplokg.queries;

import diplokg.store.StoreVersion;
import java.time.Duration;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.function.Supplier;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.engine.binding.Binding;
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
 * <p>Bounded twice: at most {@code entries} answers, and at most {@code maxBytes} bytes of heap as estimated by
 * {@link AnswerWeigher} (least recently used answers leave first, until both hold); answers above {@value #MAX_ROWS}
 * rows or triples, or above {@code maxBytes} alone, are not kept. The byte bound is what protects the server: at
 * 3,000 articles one {@code events-between} answer holds about 1.7 MB, so 512 distinct ones held 880 MB of a 1 GiB
 * heap when only the count was bounded. Rows are kept once and never changed; each hit gets its own
 * cursor over them (a hit costs no copy of 10,000 rows), or its own copy of a kept model, so callers may consume and
 * rewind what they get freely. Thread-safe.
 */
final class ResultCache {

    static final int MAX_ROWS = 100_000;

    /** The default byte bound: this fraction of the largest heap the JVM may use. */
    static final int HEAP_FRACTION = 8;

    private final Map<Key, Entry> entries = new LinkedHashMap<>(16, 0.75f, true);
    private final int capacity;
    private final long maxBytes;
    private long bytes;
    /** Answers being computed: a second request for one waits for it instead of scanning the store again. */
    private final Map<Key, CompletableFuture<Entry>> running = new HashMap<>();
    private long hits;
    private long misses;

    /** A cache of at most {@code capacity} answers and {@link #defaultMaxBytes()} bytes. */
    ResultCache(int capacity) {
        this(capacity, defaultMaxBytes());
    }

    /** A cache of at most {@code capacity} answers and {@code maxBytes} bytes (estimated). */
    ResultCache(int capacity, long maxBytes) {
        if (capacity < 1 || maxBytes < 1) {
            throw new IllegalArgumentException("capacity and maxBytes must be positive: " + capacity + ", " + maxBytes);
        }
        this.capacity = capacity;
        this.maxBytes = maxBytes;
    }

    /** One {@value #HEAP_FRACTION}th of the JVM's maximum heap ({@code -Xmx}). */
    static long defaultMaxBytes() {
        return Runtime.getRuntime().maxMemory() / HEAP_FRACTION;
    }

    /**
     * The cached answer of {@code query} at {@code version}, or the one {@code run} computes (then kept). While one
     * caller computes an answer, others asking for the same one wait for it, at most {@code patience}, and share it or
     * its failure.
     *
     * @throws QueryCancelledException when {@code patience} ran out waiting for another caller's computation
     */
    QueryResult get(String query, StoreVersion version, Duration patience, Supplier<QueryResult> run) {
        return obtain(new Key(query, version, null), patience, run, ResultEntry::of,
                entry -> ((ResultEntry) entry).copy());
    }

    /**
     * The bytes of the answer of {@code query} at {@code version} as {@code writing} writes it, or those
     * {@code write} makes (then kept beside the answer itself, under the same bounds). A hit of a large answer then
     * costs a copy of bytes instead of writing every row again, which is most of what such a request costs.
     *
     * @throws QueryCancelledException when {@code patience} ran out waiting for another caller's computation
     */
    WrittenAnswer written(String query, StoreVersion version, Object writing, Duration patience,
                          Supplier<WrittenAnswer> write) {
        return obtain(new Key(query, version, writing), patience, write, WrittenEntry::new,
                entry -> ((WrittenEntry) entry).answer());
    }

    /**
     * The value kept under {@code key}, or the one {@code compute} gives, kept when {@code keep} makes an entry of it
     * that fits. One caller computes; the others asking meanwhile wait for it.
     */
    private <T> T obtain(Key key, Duration patience, Supplier<T> compute, Function<T, Entry> keep,
                         Function<Entry, T> read) {
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> theirs;
        synchronized (entries) {
            Entry cached = entries.get(key);
            if (cached != null) {
                hits++;
                return read.apply(cached);
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
            return shared != null ? read.apply(shared) : compute.get();
        }
        try {
            T value = compute.get();
            Entry entry = keep.apply(value);
            if (entry != null && entry.bytes() > maxBytes) {
                entry = null;
            }
            synchronized (entries) {
                if (entry != null) {
                    keep(key, entry);
                }
                running.remove(key);
            }
            mine.complete(entry);
            return entry != null ? read.apply(entry) : value;
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

    /** The estimated bytes the kept answers hold now. */
    long bytes() {
        synchronized (entries) {
            return bytes;
        }
    }

    /** Keeps {@code entry}, then lets the least recently used answers go until both bounds hold. Holds the lock. */
    private void keep(Key key, Entry entry) {
        Entry previous = entries.put(key, entry);
        bytes += entry.bytes() - (previous == null ? 0 : previous.bytes());
        Iterator<Entry> eldest = entries.values().iterator();
        while ((entries.size() > capacity || bytes > maxBytes) && eldest.hasNext()) {
            bytes -= eldest.next().bytes();
            eldest.remove();
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

    /** {@code writing} is null for the answer itself, else what its bytes were written as. */
    private record Key(String query, StoreVersion version, Object writing) {
    }

    /** An immutable answer. */
    private sealed interface Entry {

        /** The estimated heap the entry holds ({@link AnswerWeigher}). */
        long bytes();
    }

    /** A kept answer, of which every hit gets its own copy or cursor. */
    private sealed interface ResultEntry extends Entry {

        QueryResult copy();

        /** The entry of {@code result}, or null when it is too large to keep. */
        static ResultEntry of(QueryResult result) {
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

    /** An answer's bytes, shared by every hit: {@link WrittenAnswer} is never changed by its readers. */
    private record WrittenEntry(WrittenAnswer answer) implements Entry {
        @Override
        public long bytes() {
            return AnswerWeigher.bytes(answer.bytes());
        }
    }

    private record AnswerEntry(QueryResult.Answer answer) implements ResultEntry {
        @Override
        public QueryResult copy() {
            return answer;
        }

        @Override
        public long bytes() {
            return 16;
        }
    }

    private record ModelEntry(Model model, long bytes) implements ResultEntry {

        ModelEntry(Model model) {
            this(model, AnswerWeigher.triples(model));
        }

        @Override
        public QueryResult copy() {
            return new QueryResult.Triples(ModelFactory.createDefaultModel().add(model)
                    .setNsPrefixes(model.getNsPrefixMap()));
        }
    }

    /** Rows kept once; every hit reads them through its own cursor (ResultSetMem shares the row list it is given). */
    private record RowsEntry(ResultSetMem rows, long bytes) implements ResultEntry {

        static RowsEntry of(ResultSetRewindable results) {
            results.reset();
            ResultSetMem rows = new ResultSetMem(results);
            results.reset();
            ResultSetMem cursor = new ResultSetMem(rows);
            return new RowsEntry(rows, AnswerWeigher.rows(new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return cursor.hasNext();
                }

                @Override
                public Binding next() {
                    return cursor.nextBinding();
                }
            }));
        }

        @Override
        public QueryResult copy() {
            return new QueryResult.Rows(new ResultSetMem(rows));
        }
    }
}
