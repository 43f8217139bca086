package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.IsomorphicDatasets;
import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.cli.CliTest.Run;
import diplokg.server.ServerRecord;
import diplokg.store.StoreLockedException;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalLong;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Verbs on a store that {@code diplokg serve} holds. TDB2 locks a store per process, so the server runs in a second
 * JVM, started from this test's class path on a free port; the verbs run in this one and find it through the record it
 * keeps in the store's folder.
 */
class StoreLockIT {

    private static final Path RUSSIA = ProjectFiles.SEEDS.resolve("002_3e8b7122a839a5da.txt");

    @TempDir
    static Path folder;

    private static Path store;

    @BeforeAll
    static void loadOneArticle() {
        store = folder.resolve("tdb2");
        TestStores.load(store, List.of(RUSSIA));
    }

    @Test
    void aStoreHeldByAProcessThatIsNoLongerAServerIsNamedWithoutSuggestingAnOption() throws Exception {
        Process server = serve();
        try {
            // The process still holds the lock but its record is gone: nothing says it serves anything.
            Files.delete(ServerRecord.fileOf(store));
            String expected = "diplokg: " + store + ": the store is in use by process " + server.pid()
                    + " (TDB2 lets one process open a store); stop it first\n";
            Run query = CliTest.run("query", "articles", "--data", store.toString());
            assertEquals(1, query.code());
            assertEquals(expected, query.err());
            assertEquals("", query.out());
            Run stats = CliTest.run("stats", "--data", store.toString());
            assertEquals(1, stats.code());
            assertEquals(expected, stats.err());
        } finally {
            ServingProcess.stop(server);
        }
    }

    @Test
    void openingAStoreHeldElsewhereNamesTheHolderByItsProcessId() throws Exception {
        Process server = serve();
        try {
            StoreLockedException e = assertThrows(StoreLockedException.class, () -> TdbStore.open(store));
            assertEquals(OptionalLong.of(server.pid()), e.holder());
            assertEquals(store, e.folder());
        } finally {
            ServingProcess.stop(server);
        }
    }

    @Test
    void queryAndSparqlOnAHeldStoreAskTheServerOnWhateverPortItListens() throws Exception {
        Process server = serve();
        try {
            ServerRecord record = ServerRecord.read(store).orElseThrow();
            assertEquals(server.pid(), record.pid());
            String note = "diplokg: store held by the server at " + record.url() + "; asking it\n";
            Run query = CliTest.run("query", "relations-established", "--format", "csv", "--data", store.toString());
            assertEquals(0, query.code(), query.err());
            assertEquals(note, query.err());
            assertTrue(query.out().contains("https://w3id.org/diplokg/id/state/RU,Russia,1950,true,1,"), query.out());
            Run sparql = CliTest.run("sparql", "SELECT ?c { ?s dkg:iso2 ?c } ORDER BY ?c LIMIT 1", "--format", "csv",
                    "--data", store.toString());
            assertEquals(0, sparql.code(), sparql.err());
            assertEquals(note, sparql.err());
            assertEquals("c\r\nAD\r\n", sparql.out());
        } finally {
            ServingProcess.stop(server);
        }
    }

    @Test
    void statsExportValidateAndAnnotationsOnAHeldStoreReadTheServersData() throws Exception {
        Run localStats = CliTest.run("stats", "--format", "json", "--data", store.toString());
        Run localExport = CliTest.run("export", "--data", store.toString());
        assertEquals(0, localStats.code(), localStats.err());
        Process server = serve();
        try {
            String note = "diplokg: store held by the server at " + ServerRecord.read(store).orElseThrow().url()
                    + "; asking it\n";
            Run stats = CliTest.run("stats", "--format", "json", "--data", store.toString());
            assertEquals(0, stats.code(), stats.err());
            assertEquals(note, stats.err());
            assertEquals(localStats.out(), stats.out(), "the same counts as the store read directly");
            Run export = CliTest.run("export", "--data", store.toString());
            assertEquals(0, export.code(), export.err());
            IsomorphicDatasets.assertIsomorphic(nquads(localExport.out()), nquads(export.out()));
            Run validate = CliTest.run("validate", "--data", store.toString());
            assertEquals(note, validate.err().lines().findFirst().orElse("") + "\n");
            Path annotations = folder.resolve("annotations");
            Run annotate = CliTest.run("annotations", "--out", annotations.toString(), "--data", store.toString());
            assertEquals(0, annotate.code(), annotate.err());
            assertEquals("Wrote 1 annotations to " + annotations + "\n", annotate.out());
            assertTrue(Files.exists(annotations.resolve("002_3e8b7122a839a5da.json")));
            Run check = CliTest.run("knowledge", "--check", "--data", store.toString());
            assertEquals(0, check.code(), check.err());
            assertEquals(note, check.err());
            assertTrue(check.out().startsWith("The knowledge graph is in step"), check.out());
        } finally {
            ServingProcess.stop(server);
        }
    }

    @Test
    void aStaleRecordIsNotBelievedAndACleanStopRemovesTheRecord() throws Exception {
        Process server = serve();
        try {
            ServerRecord record = ServerRecord.read(store).orElseThrow();
            // A record naming a port where nothing listens, as a killed server leaves behind after a restart elsewhere.
            Files.writeString(ServerRecord.fileOf(store), "{\"url\": \"http://localhost:1\", \"pid\": "
                    + record.pid() + "}");
            Run query = CliTest.run("query", "articles", "--data", store.toString());
            assertEquals(1, query.code());
            assertTrue(query.err().endsWith("(TDB2 lets one process open a store); stop it first\n"), query.err());
            Files.writeString(ServerRecord.fileOf(store), "{\"url\": \"" + record.url() + "\", \"pid\": "
                    + record.pid() + "}");
        } finally {
            ServingProcess.stop(server);
        }
        assertFalse(Files.exists(ServerRecord.fileOf(store)), "a clean stop deletes the record");
    }

    @Test
    void ingestOnAHeldStoreNamesTheServerAndTheWayThroughIt() throws Exception {
        Process server = serve();
        try {
            String url = ServerRecord.read(store).orElseThrow().url();
            Run ingest = CliTest.run("ingest", RUSSIA.toString(), "--data", store.toString());
            assertEquals(1, ingest.code());
            assertEquals("diplokg: " + store + ": the store is in use by process " + server.pid() + " (TDB2 lets one"
                    + " process open a store); it is the diplokg server at " + url + ": stop it first, or send articles"
                    + " through it with 'ingest --server " + url + "' (remove likewise)\n", ingest.err());
        } finally {
            ServingProcess.stop(server);
        }
    }

    private static DatasetGraph nquads(String text) {
        DatasetGraph dataset = DatasetGraphFactory.createTxnMem();
        RDFParser.fromString(text, Lang.NQUADS).parse(dataset);
        return dataset;
    }

    /** Starts {@code diplokg serve} on the store in a second JVM and waits until it serves. */
    private static Process serve() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "serve", "--data", store.toString(), "--port", "0")
                .redirectErrorStream(true);
        builder.environment().put("DIPLOKG_HOME", Path.of("").toAbsolutePath().toString());
        Process process = builder.start();
        return ServingProcess.awaitServing(process, "server");
    }

}
