package diplokg.store;

import static diplokg.store.TestGraphs.brokenGraph;
import static diplokg.store.TestGraphs.graph;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.IsomorphicDatasets;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.riot.RDFFormat;
import org.apache.jena.riot.system.StreamRDFWriter;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatchLogTest {

    private static final String G1 = "http://example.org/graph/1";
    private static final String G2 = "http://example.org/graph/2";
    private static final String G3 = "http://example.org/graph/3";
    private static final Node S = NodeFactory.createURI("http://example.org/s");
    private static final Node P = NodeFactory.createURI("http://example.org/p");

    @TempDir
    Path folder;

    /** Every kind of write: our methods, SPARQL Update through the maintained dataset, a graph view, blank nodes. */
    private static void writeInEveryWay(TdbStore store) {
        store.replaceGraphs(List.of(new NamedGraph(G1, graph("a", "b")), new NamedGraph(G2, graph("c"))));
        store.replaceGraphs(List.of(new NamedGraph(G1, graph("b", "d"))));
        DatasetGraph maintained = store.maintainedDataset();
        Txn.executeWrite(maintained, () -> UpdateAction.parseExecute("""
                INSERT DATA { GRAPH <http://example.org/graph/3> {
                    <http://example.org/x> <http://example.org/list> ( "un" "deux" ) ; <http://example.org/q> [] } }
                """, maintained));
        Txn.executeWrite(maintained, () -> UpdateAction.parseExecute(
                "DELETE WHERE { GRAPH <http://example.org/graph/2> { ?s ?p ?o } }", maintained));
        Txn.executeWrite(store.dataset(), () -> store.dataset().getGraph(NodeFactory.createURI(G2))
                .add(Triple.create(S, P, NodeFactory.createLiteralString("é \"quoted\"\n"))));
        store.removeGraphs(List.of(G1));
    }

    private static DatasetGraph copy(TdbStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
        return copy;
    }

    private static String patches(PatchLog log, long from, long to) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        for (long v = from + 1; v <= to; v++) {
            try (InputStream in = log.open(v)) {
                in.transferTo(all);
            }
        }
        return all.toString(StandardCharsets.UTF_8);
    }

    @Test
    void eachCommittedWriteIsOnePatchNumberedFromOne() {
        try (TdbStore store = TdbStore.open(folder)) {
            assertEquals(0, store.version());
            writeInEveryWay(store);
            assertEquals(6, store.version());
            for (long v = 1; v <= 6; v++) {
                assertTrue(store.patchLog().contains(v), "patch " + v);
            }
            assertFalse(store.patchLog().contains(7));
        }
    }

    @Test
    void theLogPlayedIntoAnEmptyDatasetGivesTheSameGraphs() throws IOException {
        try (TdbStore store = TdbStore.open(folder.resolve("primary"))) {
            writeInEveryWay(store);
            DatasetGraph replayed = DatasetGraphFactory.createTxnMem();
            for (long v = 1; v <= store.version(); v++) {
                try (InputStream in = store.patchLog().open(v)) {
                    RDFPatchOps.applyChange(replayed, in);
                }
            }
            DatasetGraph expected = copy(store);
            Txn.executeRead(replayed, () -> IsomorphicDatasets.assertIsomorphic(expected, replayed));
        }
    }

    @Test
    void aStorePlayingTheLogHoldsTheSameGraphsAndTheSameVersion() throws IOException {
        try (TdbStore primary = TdbStore.open(folder.resolve("primary"));
             TdbStore replica = TdbStore.open(folder.resolve("replica"))) {
            writeInEveryWay(primary);
            String first = patches(primary.patchLog(), 0, 3);
            assertEquals(3, replica.play(new ByteArrayInputStream(first.getBytes(StandardCharsets.UTF_8))));
            String rest = patches(primary.patchLog(), 3, primary.version());
            assertEquals(primary.version(), replica.play(new ByteArrayInputStream(rest.getBytes(
                    StandardCharsets.UTF_8))));
            assertEquals(primary.version(), replica.version());
            IsomorphicDatasets.assertIsomorphic(copy(primary), copy(replica));
            // The replica's own log is the primary's: it can feed replicas in turn.
            assertEquals(patches(primary.patchLog(), 0, primary.version()), patches(replica.patchLog(), 0,
                    replica.version()));
        }
    }

    @Test
    void aPatchThatDoesNotFollowTheStoresVersionIsRefused() throws IOException {
        try (TdbStore primary = TdbStore.open(folder.resolve("primary"));
             TdbStore replica = TdbStore.open(folder.resolve("replica"))) {
            writeInEveryWay(primary);
            String second = patches(primary.patchLog(), 1, 2);
            StoreException e = assertThrows(StoreException.class, () -> replica.play(new ByteArrayInputStream(
                    second.getBytes(StandardCharsets.UTF_8))));
            assertEquals("a patch to version 2 cannot follow the store's version 0; nothing written", e.getMessage());
            assertEquals(0, replica.version());
            assertTrue(replica.isEmpty());
        }
    }

    @Test
    void aPatchCutOffBeforeItsEndIsNotWritten() throws IOException {
        try (TdbStore primary = TdbStore.open(folder.resolve("primary"));
             TdbStore replica = TdbStore.open(folder.resolve("replica"))) {
            writeInEveryWay(primary);
            String two = patches(primary.patchLog(), 0, 2);
            String cut = two.substring(0, two.lastIndexOf("TC"));
            assertEquals(1, replica.play(new ByteArrayInputStream(cut.getBytes(StandardCharsets.UTF_8))));
            assertEquals(1, replica.version());
            assertFalse(replica.patchLog().contains(2));
            assertFalse(Files.exists(replica.patchLog().pendingOf(2)));
        }
    }

    @Test
    void abortedAndEmptyTransactionsLeaveNoPatch() throws IOException {
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("a"))));
            assertThrows(StoreException.class, () -> store.replaceGraphs(List.of(
                    new NamedGraph(G1, graph("changed")), new NamedGraph(G2, brokenGraph()))));
            Txn.executeWrite(store.dataset(), () -> store.dataset().isEmpty());
            store.reindex();
            assertEquals(1, store.version());
            try (var files = Files.list(store.patchLog().folder())) {
                assertEquals(List.of("000000000001.rdfp"), files.map(f -> f.getFileName().toString()).toList());
            }
        }
    }

    @Test
    void aPatchCommittedButNotRenamedBeforeACrashJoinsTheLogAtTheNextOpen() throws IOException {
        Path log;
        try (TdbStore store = TdbStore.open(folder)) {
            store.replaceGraphs(List.of(new NamedGraph(G1, graph("a"))));
            store.replaceGraphs(List.of(new NamedGraph(G2, graph("b"))));
            log = store.patchLog().folder();
        }
        // As a crash leaves it: patch 2 committed but still pending, patch 3 written but never committed; patch 1
        // as a commit that reported a failure after TDB2 had committed leaves it.
        Files.move(log.resolve("000000000001.rdfp"), log.resolve("000000000001.rdfp.tmp"));
        Files.move(log.resolve("000000000002.rdfp"), log.resolve("000000000002.rdfp.tmp"));
        Files.writeString(log.resolve("000000000003.rdfp.tmp"), "H version 3 .\nTX .\nA <x:s> <x:p> <x:o> .\n");
        try (TdbStore store = TdbStore.open(folder)) {
            assertEquals(2, store.version());
            assertTrue(store.patchLog().contains(1));
            assertTrue(store.patchLog().contains(2));
            assertFalse(Files.exists(log.resolve("000000000001.rdfp.tmp")));
            assertFalse(Files.exists(log.resolve("000000000002.rdfp.tmp")));
            assertFalse(Files.exists(log.resolve("000000000003.rdfp.tmp")));
            store.replaceGraphs(List.of(new NamedGraph(G2, graph("c"))));
            assertEquals(3, store.version());
            assertEquals(0, store.patchLog().floor());
        }
    }

    @Test
    void aBulkLoadIsOnePatchAndCompactionKeepsTheVersion() {
        try (TdbStore store = TdbStore.open(folder)) {
            store.bulkLoad(List.of(new NamedGraph(G1, graph("a", "b")), new NamedGraph(G2, graph("c"))).iterator());
            assertEquals(1, store.version());
            store.compact();
            assertEquals(1, store.version());
            store.replaceGraphs(List.of(new NamedGraph(G2, graph("d"))));
            assertEquals(2, store.version());
            assertTrue(store.patchLog().contains(2));
        }
    }

    @Test
    void aStoreRestoredFromADumpFollowsTheLogFromTheDumpsVersion() throws IOException {
        try (TdbStore primary = TdbStore.open(folder.resolve("primary"));
             TdbStore replica = TdbStore.open(folder.resolve("replica"))) {
            writeBlankNodes(primary);
            long dumped = primary.version();
            ByteArrayOutputStream dump = new ByteArrayOutputStream();
            StoreExporter.writeQuads(primary.dataset(), StreamRDFWriter.getWriterStream(dump, RDFFormat.NQUADS));
            // The patch after the dump deletes quads with blank nodes: the restored store must have kept their labels.
            Txn.executeWrite(primary.dataset(), () -> primary.dataset().removeGraph(NodeFactory.createURI(G3)));
            replica.restore(new ByteArrayInputStream(dump.toByteArray()), dumped);
            assertEquals(dumped, replica.version());
            assertEquals(dumped, replica.patchLog().floor());
            String rest = patches(primary.patchLog(), dumped, primary.version());
            assertEquals(primary.version(), replica.play(new ByteArrayInputStream(rest.getBytes(
                    StandardCharsets.UTF_8))));
            IsomorphicDatasets.assertIsomorphic(copy(primary), copy(replica));
            assertFalse(replica.containsGraph(G3));
            assertThrows(StoreException.class, () -> replica.restore(new ByteArrayInputStream(dump.toByteArray()),
                    dumped));
        }
    }

    private static void writeBlankNodes(TdbStore store) {
        store.replaceGraphs(List.of(new NamedGraph(G1, graph("a"))));
        Txn.executeWrite(store.dataset(), () -> UpdateAction.parseExecute("""
                INSERT DATA { GRAPH <http://example.org/graph/3> {
                    <http://example.org/x> <http://example.org/list> ( "un" "deux" ) ; <http://example.org/q> [] } }
                """, store.dataset()));
    }

    @Test
    void trimmingRaisesTheFloorOfTheLog() {
        try (TdbStore store = TdbStore.open(folder)) {
            writeInEveryWay(store);
            assertEquals(0, store.patchLog().floor());
            assertEquals(4, store.patchLog().trim(4, store.version()));
            assertEquals(4, store.patchLog().floor());
            assertFalse(store.patchLog().contains(4));
            assertTrue(store.patchLog().contains(5));
        }
    }
}
