package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.queries.CacheKey;
import diplokg.queries.CacheStatistics;
import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.ResultWriter;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warmer answers the parameterless saved queries into the API's cache, again after each write. */
class CacheWarmerTest {

    private static final int MAX_ROWS = 10_000;

    @TempDir
    Path folder;

    /** The server tests' queries: some need a value (has-article needs an id), the others run as they are. */
    private final SavedQueryCatalog catalog = SavedQueryCatalog.load(FixtureServer.TEST_QUERIES);

    @Test
    void aRequestAfterWarmingIsAnsweredFromTheCache() {
        FixtureServer.load(folder);
        try (TdbStore store = TdbStore.open(folder)) {
            QueryRunner runner = runner(store);
            CacheWarmer warmer = new CacheWarmer(catalog, runner, store.dataset(), MAX_ROWS, Duration.ofHours(1));
            int runnable = runnableWithDefaults();
            assertTrue(runnable > 0 && runnable < catalog.all().size(), "has-article needs an id: " + runnable);

            assertEquals(runnable, warmer.warm());
            assertEquals(new CacheStatistics(0, runnable, runnable), runner.cacheStatistics());

            // What the API runs for a request without parameters: the same text, so a hit.
            SavedQuery first = catalog.all().stream().filter(CacheWarmerTest::runsWithoutValues).findFirst()
                    .orElseThrow();
            runner.run(CacheKey.of(first, Map.of(), MAX_ROWS).query());
            assertEquals(new CacheStatistics(1, runnable, runnable), runner.cacheStatistics());
        }
    }

    @Test
    void warmsTheKeyOfARequestWithoutParameters() {
        QueryRunner runner = new QueryRunner(new QueryTarget.Local(DatasetGraphFactory.createTxnMem()),
                Duration.ofSeconds(1)).cached(8);
        CacheWarmer warmer = new CacheWarmer(catalog, runner, DatasetGraphFactory.createTxnMem(), MAX_ROWS,
                Duration.ofHours(1));
        SavedQueryServlet servlet = new SavedQueryServlet(catalog, runner,
                new ResultWriter(PrefixMapping.Standard, 0), PrefixMapping.Standard, MAX_ROWS,
                LexiconStateNames.of(ProjectFiles.ONTOLOGY));
        for (SavedQuery saved : catalog.all()) {
            if (runsWithoutValues(saved)) {
                assertEquals(servlet.key(saved, Map.of()), warmer.key(saved).orElseThrow(), saved.name());
            } else {
                assertEquals(Optional.empty(), warmer.key(saved), saved.name());
            }
        }
    }

    @Test
    void warmsAgainWhenTheStoreChanges() throws InterruptedException {
        FixtureServer.load(folder);
        try (TdbStore store = TdbStore.open(folder)) {
            QueryRunner runner = runner(store);
            CacheWarmer warmer = new CacheWarmer(catalog, runner, store.dataset(), MAX_ROWS, Duration.ofMillis(50));
            int runnable = runnableWithDefaults();
            warmer.start();
            try {
                assertTrue(waitFor(() -> runner.cacheStatistics().misses(), runnable), "first warm-up");
                var graph = GraphFactory.createDefaultGraph();
                graph.add(Triple.create(NodeFactory.createURI("urn:s"), NodeFactory.createURI("urn:p"),
                        NodeFactory.createLiteralString("o")));
                store.replaceGraphs(List.of(new NamedGraph("urn:graph:new", graph)));
                assertTrue(waitFor(() -> runner.cacheStatistics().misses(), 2L * runnable), "after the write");
            } finally {
                warmer.stop();
            }
        }
    }

    private static QueryRunner runner(TdbStore store) {
        return new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(60)).cached(64);
    }

    private int runnableWithDefaults() {
        return (int) catalog.all().stream().filter(CacheWarmerTest::runsWithoutValues).count();
    }

    private static boolean runsWithoutValues(SavedQuery saved) {
        return saved.parameters().stream().allMatch(p -> !p.required() || p.defaultValue() != null);
    }

    /** Polls until {@code value} reaches {@code expected}; false after 60 s. */
    private static boolean waitFor(LongSupplier value, long expected) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (value.getAsLong() < expected) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(20);
        }
        return value.getAsLong() == expected;
    }
}
