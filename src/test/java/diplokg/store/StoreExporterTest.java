package diplokg.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FixtureStores;
import diplokg.IsomorphicDatasets;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreExporterTest {

    private static final String ARTICLE_GRAPH = "https://w3id.org/diplokg/graph/article/rich";

    @TempDir
    Path folder;

    @BeforeEach
    void loadFixture() {
        // The reference graph brings blank nodes (OWL restrictions, SHACL lists): the round trip must keep them.
        FixtureStores.load(folder, Path.of("src/test/resources/validate/rich.trig"));
    }

    private static DatasetGraph copy(TdbStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
        return copy;
    }

    private static DatasetGraph parse(String text, Lang lang) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text).lang(lang).parse(dataset);
        return dataset;
    }

    @Test
    void nQuadsDumpLoadsBackIntoAnIsomorphicDataset() {
        try (TdbStore store = TdbStore.open(folder)) {
            StringWriter text = new StringWriter();
            long quads = new StoreExporter(store, PrefixMapping.Standard).writeDataset(StoreExporter.Format.NQUADS,
                    text);
            DatasetGraph expected = copy(store);
            DatasetGraph actual = parse(text.toString(), Lang.NQUADS);
            assertEquals(expected.stream().count(), quads);
            IsomorphicDatasets.assertIsomorphic(expected, actual);
        }
    }

    @Test
    void trigDumpLoadsBackIntoAnIsomorphicDataset() {
        try (TdbStore store = TdbStore.open(folder)) {
            StringWriter text = new StringWriter();
            new StoreExporter(store, PrefixMapping.Standard).writeDataset(StoreExporter.Format.TRIG, text);
            IsomorphicDatasets.assertIsomorphic(copy(store), parse(text.toString(), Lang.TRIG));
        }
    }

    @Test
    void oneGraphIsWrittenAsTurtleHoldingExactlyThatGraph() {
        try (TdbStore store = TdbStore.open(folder)) {
            StringWriter text = new StringWriter();
            long triples = new StoreExporter(store, PrefixMapping.Standard).writeGraph(ARTICLE_GRAPH, text);
            Graph expected = GraphFactory.createDefaultGraph();
            Txn.executeRead(store.dataset(), () -> store.dataset().getGraph(NodeFactory.createURI(ARTICLE_GRAPH))
                    .find().forEachRemaining(expected::add));
            Graph actual = GraphFactory.createDefaultGraph();
            RDFParser.fromString(text.toString()).lang(Lang.TURTLE).parse(actual);
            assertEquals(expected.size(), triples);
            assertTrue(expected.isIsomorphicWith(actual), "Turtle of one graph differs from the stored graph");
        }
    }

    @Test
    void refusesAGraphTheStoreDoesNotHold() {
        try (TdbStore store = TdbStore.open(folder)) {
            StoreException e = assertThrows(StoreException.class, () -> new StoreExporter(store,
                    PrefixMapping.Standard).writeGraph("https://example.org/nope", new StringWriter()));
            assertEquals(folder + ": no graph <https://example.org/nope> in the store", e.getMessage());
        }
    }
}
