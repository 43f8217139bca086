package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.store.SearchIndex;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code diplokg reindex}, and searches from the command line, on a real store of the seeds. */
class ReindexCommandTest {

    private static final String PERU_ARTICLE = "000_1cd5c6262c1cb545";

    @TempDir
    Path folder;

    @Test
    void reindexRepairsAnIndexWhoseFilesWereLost() throws IOException {
        String data = folder.resolve("tdb2").toString();
        assertEquals(0, CliTest.run("ingest", ProjectFiles.SEEDS.toString(), "--data", data).code());
        Path index = folder.resolve("tdb2").resolve(SearchIndex.FOLDER);
        TestStores.deleteTree(index);
        Files.createDirectory(index);
        assertFalse(search(data).contains(PERU_ARTICLE), "the emptied index finds nothing");

        CliTest.Run reindex = CliTest.run("reindex", "--data", data);
        assertEquals(0, reindex.code(), reindex.err());
        assertTrue(reindex.out().matches("Indexed \\d+ titles and sentences of .*tdb2 in \\d+\\.\\d s\\n"),
                reindex.out());
        String found = search(data);
        assertTrue(found.contains(PERU_ARTICLE) && found.contains("<em>Pérou</em>"), found);
    }

    @Test
    void sparqlOnTheCommandLineKnowsTheTextPrefix() {
        String data = folder.resolve("tdb2").toString();
        assertEquals(0, CliTest.run("ingest", ProjectFiles.SEEDS.toString(), "--data", data).code());
        CliTest.Run run = CliTest.run("sparql", "SELECT ?s { ?s text:query 'Perou' ; dkg:inArticle ?a }",
                "--format", "csv", "--data", data);
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains(PERU_ARTICLE + "/sentence/"), run.out());
    }

    private static String search(String data) {
        CliTest.Run run = CliTest.run("query", "search", "-p", "q=Perou", "--format", "csv", "--data", data);
        assertEquals(0, run.code(), run.err());
        return run.out();
    }
}
