package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.store.StoreVersion;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.List;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryCancelledException;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.query.ResultSetRewindable;
import org.junit.jupiter.api.Test;

/** Concurrent requests for one answer share one computation, its result or its failure. */
class ResultCacheTest {

    private static final StoreVersion VERSION = new StoreVersion(new Object(), 7);
    private static final Duration PATIENCE = Duration.ofSeconds(30);

    @Test
    void aSecondCallerWaitsForTheRunningComputation() throws Exception {
        ResultCache cache = new ResultCache(4);
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Future<QueryResult> first = pool.submit(() -> cache.get("ASK {}", VERSION, PATIENCE, () -> {
                runs.incrementAndGet();
                started.countDown();
                await(release);
                return new QueryResult.Answer(true);
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            Future<QueryResult> second = pool.submit(() -> cache.get("ASK {}", VERSION, PATIENCE, () -> {
                runs.incrementAndGet();
                return new QueryResult.Answer(false);
            }));
            // The second caller is blocked on the first computation, not running its own.
            Thread.sleep(200);
            assertEquals(1, runs.get());
            release.countDown();
            assertEquals(new QueryResult.Answer(true), first.get(10, TimeUnit.SECONDS));
            assertEquals(new QueryResult.Answer(true), second.get(10, TimeUnit.SECONDS));
            assertEquals(1, runs.get());
            assertEquals(new CacheStatistics(1, 1, 1), cache.statistics());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aWaitingCallerGivesUpAfterItsPatience() throws Exception {
        ResultCache cache = new ResultCache(4);
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<QueryResult> slow = pool.submit(() -> cache.get("ASK {}", VERSION, PATIENCE, () -> {
                started.countDown();
                await(release);
                return new QueryResult.Answer(true);
            }));
            assertTrue(started.await(10, TimeUnit.SECONDS));
            assertThrows(QueryCancelledException.class, () -> cache.get("ASK {}", VERSION, Duration.ofMillis(50),
                    () -> new QueryResult.Answer(false)));
            release.countDown();
            assertEquals(new QueryResult.Answer(true), slow.get(10, TimeUnit.SECONDS));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void everyHitReadsAllTheRowsWhateverEarlierHitsConsumed() {
        ResultCache cache = new ResultCache(4);
        AtomicInteger runs = new AtomicInteger();
        java.util.function.Supplier<QueryResult> threeRows = () -> {
            runs.incrementAndGet();
            return new QueryResult.Rows(ResultSetFactory.copyResults(QueryExecution.create()
                    .query("SELECT ?n { VALUES ?n { 1 2 3 } }").dataset(DatasetFactory.create()).select()));
        };
        ResultSetRewindable first = ((QueryResult.Rows) cache.get("q", VERSION, PATIENCE, threeRows)).rows();
        ResultSetRewindable second = ((QueryResult.Rows) cache.get("q", VERSION, PATIENCE, threeRows)).rows();
        assertEquals(3, count(second));
        assertEquals(3, count(first));
        ResultSetRewindable third = ((QueryResult.Rows) cache.get("q", VERSION, PATIENCE, threeRows)).rows();
        third.reset();
        assertEquals(List.of(1, 2, 3), numbers(third));
        assertEquals(1, runs.get());
    }

    private static int count(ResultSetRewindable rows) {
        int n = 0;
        while (rows.hasNext()) {
            rows.next();
            n++;
        }
        return n;
    }

    private static List<Integer> numbers(ResultSetRewindable rows) {
        List<Integer> numbers = new java.util.ArrayList<>();
        rows.forEachRemaining(row -> numbers.add(row.getLiteral("n").getInt()));
        return numbers;
    }

    @Test
    void aFailureIsNotKeptAndTheNextCallRunsAgain() {
        ResultCache cache = new ResultCache(4);
        IllegalStateException failure = new IllegalStateException("timeout");
        assertSame(failure, assertThrows(IllegalStateException.class,
                () -> cache.get("ASK {}", VERSION, PATIENCE, () -> {
                    throw failure;
                })));
        assertEquals(new QueryResult.Answer(true), cache.get("ASK {}", VERSION, PATIENCE, () -> answer(true)));
        assertEquals(new CacheStatistics(0, 2, 1), cache.statistics());
    }

    @Test
    void anotherVersionIsAnotherAnswer() {
        ResultCache cache = new ResultCache(4);
        cache.get("ASK {}", VERSION, PATIENCE, () -> new QueryResult.Answer(true));
        StoreVersion next = new StoreVersion(VERSION.generation(), 8);
        assertEquals(answer(false), cache.get("ASK {}", next, PATIENCE, () -> answer(false)));
        assertEquals(answer(true), cache.get("ASK {}", VERSION, PATIENCE, () -> answer(false)));
    }

    @Test
    void answersPastTheByteBoundEvictTheLeastRecentlyUsed() {
        ResultCache cache = new ResultCache(512, 100_000);
        AtomicInteger runs = new AtomicInteger();
        for (int i = 0; i < 20; i++) {
            cache.get("q" + i, VERSION, PATIENCE, () -> {
                runs.incrementAndGet();
                return hundredRowsOf200Characters();
            });
        }
        assertEquals(20, runs.get());
        assertTrue(cache.bytes() <= 100_000, "kept " + cache.bytes() + " bytes");
        int kept = cache.statistics().entries();
        assertTrue(kept > 0 && kept < 20, "kept " + kept + " answers");
        cache.get("q19", VERSION, PATIENCE, ResultCacheTest::hundredRowsOf200Characters);
        assertEquals(20, runs.get(), "the last answer is still kept");
        cache.get("q0", VERSION, PATIENCE, () -> {
            runs.incrementAndGet();
            return hundredRowsOf200Characters();
        });
        assertEquals(21, runs.get(), "the first answer was evicted");
    }

    @Test
    void anAnswerLargerThanTheWholeBoundIsNotKept() {
        ResultCache cache = new ResultCache(512, 1_000);
        cache.get("big", VERSION, PATIENCE, ResultCacheTest::hundredRowsOf200Characters);
        assertEquals(0, cache.statistics().entries());
        assertEquals(0, cache.bytes());
    }

    @Test
    void writtenBytesAreKeptPerWritingAndShared() {
        ResultCache cache = new ResultCache(512);
        AtomicInteger writes = new AtomicInteger();
        WrittenAnswer first = cache.written("q", VERSION, "json", PATIENCE, () -> written(writes, "[1]"));
        WrittenAnswer again = cache.written("q", VERSION, "json", PATIENCE, () -> written(writes, "[2]"));
        assertSame(first, again, "a hit gets the bytes kept, not a new write");
        assertEquals(1, writes.get());
        WrittenAnswer csv = cache.written("q", VERSION, "csv", PATIENCE, () -> written(writes, "n\n1"));
        assertEquals("n\n1", new String(csv.bytes(), StandardCharsets.UTF_8), "another format is another entry");
        WrittenAnswer later = cache.written("q", new StoreVersion(VERSION.generation(), 8), "json", PATIENCE,
                () -> written(writes, "[3]"));
        assertEquals("[3]", new String(later.bytes(), StandardCharsets.UTF_8), "another version is another entry");
        assertEquals(3, writes.get());
    }

    @Test
    void writtenBytesCountAgainstTheByteBound() {
        ResultCache cache = new ResultCache(512, 10_000);
        AtomicInteger writes = new AtomicInteger();
        for (int i = 0; i < 10; i++) {
            cache.written("q" + i, VERSION, "json", PATIENCE, () -> written(writes, "x".repeat(3_000)));
        }
        assertTrue(cache.bytes() <= 10_000, "kept " + cache.bytes() + " bytes");
        assertEquals(3, cache.statistics().entries(), "three answers of 3,000 bytes fit in 10,000");
        cache.written("q0", VERSION, "json", PATIENCE, () -> written(writes, "x".repeat(3_000)));
        assertEquals(11, writes.get(), "the first answer was evicted");
    }

    private static WrittenAnswer written(AtomicInteger writes, String text) {
        writes.incrementAndGet();
        return new WrittenAnswer(text.getBytes(StandardCharsets.UTF_8), 1);
    }

    /** About 100 x (200 x 2 bytes + overheads): more than 40 KB by any estimate. */
    private static QueryResult hundredRowsOf200Characters() {
        String query = "SELECT ?s { VALUES ?n { " + "0 1 2 3 4 5 6 7 8 9 ".repeat(10)
                + "} BIND(CONCAT(STR(?n), \"" + "x".repeat(200) + "\") AS ?s) }";
        return new QueryResult.Rows(ResultSetFactory.copyResults(QueryExecution.create().query(query)
                .dataset(DatasetFactory.create()).select()));
    }

    private static QueryResult answer(boolean value) {
        return new QueryResult.Answer(value);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
