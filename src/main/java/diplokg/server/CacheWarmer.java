package diplokg.server;

import diplokg.queries.CacheKey;
import diplokg.queries.QueryParameterException;
import diplokg.queries.QueryRunner;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.store.ReadTransaction;
import diplokg.store.StoreVersion;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every saved query that runs with its default parameters, in the background, each time the store has
 * changed, so that the saved-query API serves them from the cache from the first request on.
 *
 * <p>Why: at 100,000 articles an aggregate over the union graph takes seconds to tens of seconds, more than a
 * request may wait, while the store changes only when articles are loaded. The warmer runs with its own, longer
 * timeout and the same cache as the API ({@link QueryRunner#withTimeout}); a request arriving while its query is
 * being warmed waits for that answer instead of starting a second scan. The store's version is polled (one read
 * transaction) every {@code poll}, so a write through the admin endpoint is followed too. One low-priority daemon
 * thread: requests come first.
 */
final class CacheWarmer {

    private static final Logger LOG = LoggerFactory.getLogger(CacheWarmer.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(5);

    private final SavedQueryCatalog catalog;
    private final QueryRunner runner;
    private final DatasetGraph dataset;
    private final int maxRows;
    private final Duration poll;
    private Thread thread;
    private volatile boolean stopping;
    /** The query being warmed, aborted by {@link #stop()}. */
    private volatile QueryExecution current;

    /**
     * @param runner  the API's runner with the warmer's timeout
     * @param maxRows the API's row cap, so that the warmed query text is the one a request runs
     */
    CacheWarmer(SavedQueryCatalog catalog, QueryRunner runner, DatasetGraph dataset, int maxRows, Duration poll) {
        this.catalog = Objects.requireNonNull(catalog, "catalog");
        this.runner = Objects.requireNonNull(runner, "runner");
        this.dataset = Objects.requireNonNull(dataset, "dataset");
        this.maxRows = maxRows;
        this.poll = Objects.requireNonNull(poll, "poll");
    }

    synchronized void start() {
        if (thread == null) {
            stopping = false;
            thread = new Thread(this::loop, "diplokg-cache-warmer");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            thread.start();
        }
    }

    /**
     * Stops warming: aborts the query under way and waits a few seconds for the thread to leave its read
     * transaction, so that a store closed right after the server has none left open. The thread is told by a flag
     * and {@link QueryExecution#abort()}, never interrupted: an interrupt during a read closes TDB2's file channels
     * for every user of the store.
     */
    void stop() {
        Thread running;
        synchronized (this) {
            running = thread;
            thread = null;
            stopping = true;
            notifyAll();
        }
        QueryExecution warming = current;
        if (warming != null) {
            warming.abort();
        }
        if (running != null) {
            try {
                running.join(STOP_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Runs each saved query that needs no parameter value; returns how many were answered. */
    int warm() {
        long started = System.nanoTime();
        int answered = 0;
        for (SavedQuery saved : catalog.all()) {
            if (stopping) {
                break;
            }
            Optional<CacheKey> key = key(saved);
            if (key.isPresent() && answer(saved, key.get().query())) {
                answered++;
            }
        }
        LOG.info("Warmed {} saved queries in {} ms", answered, Duration.ofNanos(System.nanoTime() - started)
                .toMillis());
        return answered;
    }

    /**
     * Runs one query into the cache. A failure that comes before the warmer's own timeout may be a request's: a
     * request that started the same query first runs with less time, and shares its failure with whoever waited for
     * it. Such a query is run once more, now by the warmer.
     */
    private boolean answer(SavedQuery saved, Query query) {
        for (int attempt = 1; ; attempt++) {
            long started = System.nanoTime();
            try {
                runner.run(query, execution -> current = execution);
                return true;
            } catch (RuntimeException e) {
                boolean sharedFailure = System.nanoTime() - started < runner.timeout().toNanos();
                if (stopping) {
                    return false;
                }
                if (attempt > 1 || !sharedFailure) {
                    LOG.warn("Could not warm saved query {}: {}", saved.name(), e.getMessage());
                    return false;
                }
            } finally {
                current = null;
            }
        }
    }

    /** What a request without parameters runs, or empty when the query needs a value. */
    Optional<CacheKey> key(SavedQuery saved) {
        try {
            return Optional.of(CacheKey.of(saved, Map.of(), maxRows));
        } catch (QueryParameterException e) {
            return Optional.empty();
        }
    }

    private void loop() {
        StoreVersion warmed = null;
        try {
            while (!stopping) {
                StoreVersion now = ReadTransaction.calculate(dataset, () -> StoreVersion.current(dataset).orElse(null));
                if (now != null && !now.equals(warmed)) {
                    warm();
                    warmed = now;
                }
                pause();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            // The dataset closed under us (server stopping): nothing left to warm.
            LOG.debug("Cache warmer stopped: {}", e.toString());
        }
    }

    private synchronized void pause() throws InterruptedException {
        if (!stopping) {
            wait(poll.toMillis());
        }
    }
}
