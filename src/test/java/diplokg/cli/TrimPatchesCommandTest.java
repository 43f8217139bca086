package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrimPatchesCommandTest {

    @TempDir
    Path store;

    private static Graph graph(String object) {
        Graph graph = GraphFactory.createDefaultGraph();
        graph.add(Triple.create(NodeFactory.createURI("http://example.org/s"),
                NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(object)));
        return graph;
    }

    @Test
    void keepsTheNewestPatchesAndSaysWhereTheLogNowStarts() {
        try (TdbStore opened = TdbStore.open(store)) {
            for (String object : List.of("a", "b", "c")) {
                opened.replaceGraphs(List.of(new NamedGraph("http://example.org/g", graph(object))));
            }
        }
        CliTest.Run trim = CliTest.run("trim-patches", "--keep", "1", "--data", store.toString());
        assertEquals(0, trim.code(), trim.err());
        assertEquals("Deleted 2 patches of " + store + ": the log now starts after version 2 (the store is at"
                + " version 3)\n", trim.out());
        try (TdbStore opened = TdbStore.open(store)) {
            assertFalse(opened.patchLog().contains(2));
            assertTrue(opened.patchLog().contains(3));
            assertEquals(2, opened.patchLog().floor());
        }
        CliTest.Run none = CliTest.run("trim-patches", "--keep", "-1", "--data", store.toString());
        assertEquals(2, none.code());
    }
}
