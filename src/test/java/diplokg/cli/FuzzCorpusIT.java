package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FuzzCorpus;
import diplokg.ProjectFiles;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz corpus ({@link FuzzCorpus}: empty, binary, impossible dates, Latin-1, truncated WARC, HTML junk, a 2 MiB
 * file, a title of 20,000 spaces, a 250 KB line, hostile file names...) and entries that are no plain files (a FIFO,
 * links out of the folder), ingested together with the seeds by the real CLI into a real TDB2 store. Each bad file
 * gets one line naming it and its problem, every good article is stored, nothing runs out of memory or hangs, and the
 * store validates. {@code FuzzUploadIT} sends the same corpus through the server's upload.
 */
class FuzzCorpusIT {

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyBadFileGetsOneLineNamingItAndEveryGoodArticleIsStored() throws IOException, InterruptedException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        FuzzCorpus.write(articles);
        Map<String, String> rejected = new LinkedHashMap<>(FuzzCorpus.REJECTED);
        Set<String> stored = new TreeSet<>(FuzzCorpus.READABLE);
        try (Stream<Path> seeds = Files.list(ProjectFiles.SEEDS)) {
            for (Path seed : seeds.toList()) {
                Files.copy(seed, articles.resolve(seed.getFileName()));
                stored.add(seed.getFileName().toString());
            }
        }
        makeEntriesThatAreNoFiles(articles, rejected);

        String store = folder.resolve("tdb2").toString();
        CliTest.Run load = CliTest.run("ingest", "--data", store, articles.toString());

        assertEquals(ExitCode.PARTIAL.code(), load.code(), load.err());
        assertTrue(load.out().startsWith("Loaded " + stored.size() + " articles (0 unchanged, " + rejected.size()
                + " rejected)"), load.out());
        List<String> lines = load.err().lines().toList();
        for (Map.Entry<String, String> bad : rejected.entrySet()) {
            String path = articles.resolve(bad.getKey()).toString();
            List<String> naming = lines.stream().filter(line -> line.contains(path)).toList();
            assertEquals(1, naming.size(), "one line for " + bad.getKey() + " in\n" + load.err());
            assertTrue(naming.get(0).startsWith("rejected: " + path + ":"), naming.get(0));
            assertTrue(naming.get(0).contains(bad.getValue()), "reason '" + bad.getValue() + "' in " + naming.get(0));
        }
        assertEquals(rejected.size(), lines.size(), "nothing but one line per bad file:\n" + load.err());
        assertFalse(load.err().contains("OutOfMemoryError") || load.err().contains("Exception"), load.err());
        assertEquals(stored, sourceFiles(Path.of(store)), "every good article is stored");
        CliTest.Run validate = CliTest.run("validate", "--data", store);
        assertEquals(0, validate.code(), validate.out() + validate.err());
    }

    /** A FIFO named {@code .txt} (it would hang a reader) and links out of the folder. */
    private void makeEntriesThatAreNoFiles(Path articles, Map<String, String> rejected)
            throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", articles.resolve("pipe.txt").toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            rejected.put("pipe.txt", "not a regular file (a device, a pipe or a socket): not read");
        }
        Path outside = Files.writeString(folder.resolve("outside.txt"), FuzzCorpus.GOOD);
        Files.createSymbolicLink(articles.resolve("outside-link.txt"), outside);
        rejected.put("outside-link.txt", "a symbolic link out of " + articles);
        Files.createSymbolicLink(articles.resolve("passwd.txt"), Path.of("/etc/passwd"));
        rejected.put("passwd.txt", "a symbolic link out of " + articles + " (to /etc/passwd): not read");
        Files.createSymbolicLink(articles.resolve("zero.txt"), Path.of("/dev/zero"));
        rejected.put("zero.txt", "a symbolic link out of " + articles + " (to /dev/zero): not read");
    }

    /** The {@code dkg:sourceFile} of every article the store holds. */
    private static Set<String> sourceFiles(Path folder) {
        try (TdbStore store = TdbStore.open(folder)) {
            return Txn.calculateRead(store.dataset(), () -> {
                Set<String> names = new TreeSet<>();
                String query = "SELECT ?f { GRAPH ?g { ?a <https://w3id.org/diplokg/ontology#sourceFile> ?f } }";
                try (QueryExecution exec = QueryExecution.dataset(DatasetFactory.wrap(store.dataset())).query(query)
                        .build()) {
                    exec.execSelect().forEachRemaining(row -> names.add(row.getLiteral("f").getString()));
                }
                return names;
            });
        }
    }
}
