package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FixtureStores;
import diplokg.IsomorphicDatasets;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExportCommandTest {

    private static final String ARTICLE_GRAPH = "https://w3id.org/diplokg/graph/article/rich";

    @TempDir
    Path folder;

    private Path store;

    @BeforeEach
    void loadFixture() {
        store = folder.resolve("tdb2");
        FixtureStores.load(store, Path.of("src/test/resources/validate/rich.trig"));
    }

    private DatasetGraph stored() {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        try (TdbStore tdb = TdbStore.open(store)) {
            Txn.executeRead(tdb.dataset(), () -> tdb.dataset().find().forEachRemaining(copy::add));
        }
        return copy;
    }

    @Test
    void gzippedNQuadsFileLoadsBackIntoAnIsomorphicDataset() throws IOException {
        Path dump = folder.resolve("dumps/kg.nq.gz");
        CliTest.Run run = CliTest.run("export", "--data", store.toString(), "--out", dump.toString());
        assertEquals(0, run.code(), run.err());
        assertTrue(run.err().startsWith("Exported "), run.err());
        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(Files.newInputStream(dump))) {
            RDFParser.source(in).lang(Lang.NQUADS).parse(loaded);
        }
        IsomorphicDatasets.assertIsomorphic(stored(), loaded);
        assertFalse(Files.exists(folder.resolve("dumps/kg.nq.gz.partial")));
    }

    @Test
    void trigOnStdoutLoadsBackIntoAnIsomorphicDataset() {
        CliTest.Run run = CliTest.run("export", "--data", store.toString(), "--format", "trig");
        assertEquals(0, run.code(), run.err());
        DatasetGraph loaded = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(run.out()).lang(Lang.TRIG).parse(loaded);
        IsomorphicDatasets.assertIsomorphic(stored(), loaded);
    }

    @Test
    void oneGraphAsTurtle() {
        CliTest.Run run = CliTest.run("export", "--data", store.toString(), "--graph", ARTICLE_GRAPH);
        assertEquals(0, run.code(), run.err());
        Graph loaded = GraphFactory.createDefaultGraph();
        RDFParser.fromString(run.out()).lang(Lang.TURTLE).parse(loaded);
        assertTrue(stored().getGraph(NodeFactory.createURI(ARTICLE_GRAPH)).isIsomorphicWith(loaded), run.out());
    }

    @Test
    void unknownGraphOrFormatIsAUsageError() {
        CliTest.Run graph = CliTest.run("export", "--data", store.toString(), "--graph", "https://example.org/g");
        assertEquals(2, graph.code());
        assertTrue(graph.err().contains("no graph <https://example.org/g> in " + store), graph.err());
        CliTest.Run format = CliTest.run("export", "--data", store.toString(), "--format", "rdfxml");
        assertEquals(2, format.code());
        assertTrue(format.err().contains("Invalid value for option '--format': expected one of [NQ, TRIG] "
                + "(case-insensitive) but was 'rdfxml'"), format.err());
    }
}
