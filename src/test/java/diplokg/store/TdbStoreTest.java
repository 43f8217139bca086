package diplokg.store;

import static diplokg.store.TestGraphs.brokenGraph;
import static diplokg.store.TestGraphs.failingAfter;
import static diplokg.store.TestGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.params.StoreParams;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TdbStoreTest {

    private static final String G1 = "http://example.org/graph/1";
    private static final String G2 = "http://example.org/graph/2";

    @TempDir
    Path folder;

    private static long size(TdbStore store, String graph) {
        return Txn.calculateRead(store.dataset(), () -> store.dataset().getGraph(NodeFactory.createURI(graph)).size());
    }

    @Test
    void replacingAGraphAgainLeavesNoDuplicateAndNoStaleTriple() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("a", "b"))));
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("a", "b"))));
            assertEquals(2, size(store, G1));
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("c"))));
            assertEquals(1, size(store, G1));
        }
    }

    @Test
    void keepsStoreUnchangedWhenABatchFails() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("a"))));
            assertThrows(StoreException.class, () -> store.replaceGraphs(List.of(
                    new NamedGraph(G1, graph("changed")), new NamedGraph(G2, brokenGraph()))));
            assertEquals(1, size(store, G1));
            assertFalse(store.containsGraph(G2));
        }
    }

    @Test
    void aStreamOfGraphsIsOneTransactionAbortedWhenTheStreamFails() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("a"))));
            assertEquals(3, store.replaceGraphs(List.of(new NamedGraph(G1, graph("b", "c")),
                    new NamedGraph(G2, graph("d"))).iterator()));
            assertEquals(2, size(store, G1));
            Iterator<NamedGraph> failing = failingAfter(new IllegalStateException("extraction interrupted"),
                    new NamedGraph(G1, graph("e")));
            StoreException e = assertThrows(StoreException.class, () -> store.replaceGraphs(failing));
            assertTrue(e.getMessage().contains("store unchanged"), e.getMessage());
            assertEquals(2, size(store, G1), "the graph replaced before the failure is as it was");
            assertEquals(1, size(store, G2));
        }
    }

    @Test
    void bulkLoadsIntoAnEmptyStoreAndAbortsCleanlyOnFailure() {
        try (TdbStore store = TdbStore.open(folder)) {
            assertTrue(store.isEmpty());
            long quads = store.bulkLoad(List.of(new NamedGraph(G1, graph("a", "b")), new NamedGraph(G2, graph("c")))
                    .iterator());
            assertEquals(3, quads);
            assertEquals(2, size(store, G1));
            assertEquals(1, size(store, G2));
        }
    }

    @Test
    void reportsTheStoreFolderWhenALoadFails() {
        try (TdbStore store = TdbStore.open(folder)) {
            Iterator<NamedGraph> failing = failingAfter(new NoSuchElementException("source broke"));
            StoreException e = assertThrows(StoreException.class, () -> store.bulkLoad(failing));
            assertTrue(e.getMessage().startsWith(folder + ": bulk load aborted"), e.getMessage());
        }
    }

    @Test
    void readsOneValuePerGraph() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("h1")), new NamedGraph(G2, graph("h2"))));
            assertEquals(java.util.Map.of(G1, "h1", G2, "h2"),
                    store.graphValues("http://example.org/p", List.of(G1, G2, "http://example.org/absent")));
            assertEquals(java.util.Map.of(G2, "h2"), store.graphValues("http://example.org/p", List.of(G2)));
            assertEquals(List.of(new GraphStats(G1, 1), new GraphStats(G2, 1)), store.graphStats());
        }
    }

    @Test
    void survivesCompaction() {
        try (TdbStore store = TdbStore.open(folder)) {
            for (int i = 0; i < 20; i++) {
                store.replaceGraphs(List.of(new NamedGraph(G1, graph("v" + i))));
            }
            store.compact();
            assertEquals(1, size(store, G1));
        }
    }


    @Test
    void aStoreOpensWithNodeCachesSizedForLoading() {
        try (TdbStore store = TdbStore.open(folder)) {
            StoreParams params =
                    TDBInternal.getDatasetGraphTDB(StoreVersion.unwrapped(store.dataset())).getStoreParams();
            // TDB2's defaults (750,000 / 200,000) fill a 1 GiB heap with nodes a load never reads again.
            assertTrue(params.getNodeId2NodeCacheSize() <= 100_000, params::toString);
            assertTrue(params.getNode2NodeIdCacheSize() <= 100_000, params::toString);
        }
    }
}
