package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A cached runner answers as a fresh run would: every write to the store, whoever makes it, shows at once. */
class CachedQueryRunnerTest {

    private static final Query COUNT = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }");

    @TempDir
    Path folder;

    @Test
    void answersFollowEveryWrite() {
        try (TdbStore store = TdbStore.open(folder)) {
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(30))
                    .cached(8);
            store.bulkLoad(List.of(graph("a", 2)).iterator());
            assertEquals(2, count(runner));
            assertEquals(2, count(runner), "a repeated answer is the same and can be read again");
            store.replaceGraphs(List.of(graph("b", 3)));
            assertEquals(5, count(runner), "replaceGraphs moves the version");
            org.apache.jena.system.Txn.executeWrite(store.dataset(), () -> org.apache.jena.sparql.exec.UpdateExec
                    .dataset(store.dataset())
                    .update("INSERT DATA { GRAPH <urn:g:c> { <urn:s> <urn:p> 1 } }").execute());
            assertEquals(6, count(runner), "a SPARQL Update moves the version");
            store.compact();
            assertEquals(6, count(runner), "a compacted store answers the same");
            store.removeGraphs(List.of("urn:g:a"));
            assertEquals(4, count(runner), "a write after compaction shows");
        }
    }

    @Test
    void writtenAnswersFollowEveryWriteAndKeepTheirFormat() {
        try (TdbStore store = TdbStore.open(folder)) {
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(30))
                    .cached(8);
            ResultWriter writer = new ResultWriter(org.apache.jena.shared.PrefixMapping.Standard, 0);
            store.bulkLoad(List.of(graph("a", 2)).iterator());
            WrittenAnswer csv = runner.written(COUNT, ResultFormat.CSV, writer);
            assertEquals("n\r\n2\r\n", new String(csv.bytes(), StandardCharsets.UTF_8));
            assertEquals(1, csv.rows());
            assertSame(csv, runner.written(COUNT, ResultFormat.CSV, writer),
                    "the same bytes again, not written anew");
            String json = new String(runner.written(COUNT, ResultFormat.JSON, writer).bytes(),
                    StandardCharsets.UTF_8);
            assertTrue(json.contains("\"value\": \"2\""), json);
            store.replaceGraphs(List.of(graph("b", 3)));
            assertEquals("n\r\n5\r\n", new String(runner.written(COUNT, ResultFormat.CSV, writer).bytes(),
                    StandardCharsets.UTF_8), "a write moves the version");
        }
    }

    /**
     * A query cut by its timeout, run by callers at once (one computes, the others wait for it) while writes move the
     * version, leaves no caller's thread inside a transaction: a thread that kept one would answer later requests
     * from an old state, and the store could not be closed.
     */
    @Test
    void aQueryCutByItsTimeoutLeavesNoThreadInATransaction() throws Exception {
        List<String> leaks = new CopyOnWriteArrayList<>();
        try (TdbStore store = TdbStore.open(folder)) {
            List<NamedGraph> graphs = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                graphs.add(graph("g" + i, 50));
            }
            store.bulkLoad(graphs.iterator());
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofMillis(50))
                    .cached(8);
            Query crossProduct = QueryFactory.create("SELECT (COUNT(*) AS ?n) { ?a ?p ?o . ?b ?p ?o . ?c ?p ?o }");
            ExecutorService callers = Executors.newFixedThreadPool(8);
            AtomicBoolean writing = new AtomicBoolean(true);
            Future<?> writer = callers.submit(() -> {
                for (int i = 0; writing.get(); i++) {
                    store.replaceGraphs(List.of(graph("w" + i % 3, 5)));
                }
            });
            List<Future<?>> runs = new ArrayList<>();
            for (int t = 0; t < 6; t++) {
                runs.add(callers.submit(() -> {
                    for (int i = 0; i < 15; i++) {
                        assertThrows(QueryTimeoutException.class, () -> runner.run(crossProduct));
                        if (store.dataset().isInTransaction()) {
                            leaks.add(Thread.currentThread().getName());
                            store.dataset().end();
                        }
                    }
                }));
            }
            for (Future<?> run : runs) {
                run.get(2, TimeUnit.MINUTES);
            }
            writing.set(false);
            writer.get(1, TimeUnit.MINUTES);
            callers.shutdown();
        }
        assertEquals(List.of(), leaks, "threads left inside a read transaction after a timed-out query");
    }

    private static long count(QueryRunner runner) {
        QueryResult.Rows rows = (QueryResult.Rows) runner.run(COUNT);
        long n = rows.rows().next().getLiteral("n").getLong();
        rows.rows().reset();
        assertEquals(n, rows.rows().next().getLiteral("n").getLong());
        return n;
    }

    private static NamedGraph graph(String name, int triples) {
        Graph graph = GraphFactory.createGraphMem();
        for (int i = 0; i < triples; i++) {
            graph.add(Triple.create(NodeFactory.createURI("urn:s:" + name + i), NodeFactory.createURI("urn:p"),
                    NodeFactory.createLiteralString(name)));
        }
        return new NamedGraph("urn:g:" + name, graph);
    }
}
