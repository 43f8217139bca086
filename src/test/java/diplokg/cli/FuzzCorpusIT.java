package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.store.TdbStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 * The fuzz corpus: the bad inputs of {@code src/test/resources/fuzz/} (empty, binary, impossible dates, Latin-1,
 * truncated WARC, HTML junk...), and those made at test time because they are large or are no plain files (a 2 MiB
 * file, a title of 20,000 spaces, a 250 KB line, a FIFO, links out of the folder, hostile file names), ingested
 * together with the seeds by the real CLI into a real TDB2 store. Each bad file gets one line naming it and its
 * problem, every good article is stored, nothing runs out of memory or hangs, and the store validates.
 */
class FuzzCorpusIT {

    private static final Path FUZZ = Path.of("src/test/resources/fuzz");

    /** The corpus's files that must be rejected, with a part of the reason. */
    private static final Map<String, String> REJECTED = Map.ofEntries(
            Map.entry("empty.txt", "empty file"),
            Map.entry("binary.txt", "binary file"),
            Map.entry("nul-byte.txt", "binary file: NUL byte"),
            Map.entry("impossible-date.txt", "invalid date header 'date 2024-02-30'"),
            Map.entry("year-zero.txt", "the year is outside 1900-2199"),
            Map.entry("month-thirteen.txt", "invalid date header 'date 2024-13'"),
            Map.entry("latin1.txt", "not valid UTF-8"),
            Map.entry("junk.html", "an HTML page without a title"),
            Map.entry("script-only.htm", "an HTML page without a title"),
            Map.entry("one-word.txt", "a title but no body text"),
            Map.entry("title-only.txt", "a title but no body text"),
            Map.entry("links-only.txt", "a title but no body text"),
            Map.entry("truncated.warc", "expected 4867 more bytes"),
            Map.entry("not-gzip.warc.gz", "not a WARC archive"));

    /** The corpus's odd files that are still articles, and load. */
    private static final Set<String> ODD_BUT_READABLE = Set.of("control-characters.txt", "title-of-spaces.txt",
            "one-capitalised-word-line.txt", "crlf-and-bom.txt", "long-line.txt");

    private static final String GOOD = " date 2025-03 Le Vietnam et le Laos renforcent leur coopération\n\n"
            + "Le Premier ministre Pham Minh Chinh a reçu le 3 mars à Hanoï son homologue lao.\n";

    @TempDir
    Path folder;

    @Test
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void everyBadFileGetsOneLineNamingItAndEveryGoodArticleIsStored() throws IOException, InterruptedException {
        Path articles = Files.createDirectories(folder.resolve("articles"));
        Map<String, String> rejected = new LinkedHashMap<>(REJECTED);
        Set<String> stored = new TreeSet<>(ODD_BUT_READABLE);
        copyAll(FUZZ, articles, stored);
        copyAll(ProjectFiles.SEEDS, articles, stored);
        stored.removeAll(rejected.keySet());
        makeLargeInputs(articles, rejected, stored);
        makeHostileNames(articles, rejected, stored);
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

    private static void copyAll(Path from, Path to, Set<String> names) throws IOException {
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                Files.copy(file, to.resolve(file.getFileName()));
                names.add(file.getFileName().toString());
            }
        }
    }

    /** Inputs too large to keep in the repository: made here, each into the folder. */
    private static void makeLargeInputs(Path articles, Map<String, String> rejected, Set<String> stored)
            throws IOException {
        String sentence = "Le Vietnam et le Laos coopèrent dans les domaines de l'éducation et de la santé. ";
        write(articles.resolve("oversized.txt"), "Le Vietnam et le Laos\n\n" + sentence.repeat(2 * 1024 * 1024
                / sentence.length() + 1) + "\n");
        rejected.put("oversized.txt", "larger than 1024 KiB, the size limit of an article file: not read");
        write(articles.resolve("title-of-20000-spaces.txt"), "Le Vietnam et le Laos" + " ".repeat(20_000)
                + "Photo : VNA/CVN\n\nLe Premier ministre Pham Minh Chinh a reçu le 3 mars à Hanoï son homologue.\n");
        stored.add("title-of-20000-spaces.txt");
        write(articles.resolve("line-of-250-kb.txt"), "Le Vietnam et le Laos\n\n" + sentence.repeat(250_000
                / sentence.length()) + "\n");
        stored.add("line-of-250-kb.txt");
        write(articles.resolve("spaces-only.txt"), " ".repeat(100_000) + "\n" + "\t".repeat(1000) + "\n");
        rejected.put("spaces-only.txt", "empty file");
    }

    /** File names with characters IRIs, terminals and shells choke on: a good article and a bad one. */
    private static void makeHostileNames(Path articles, Map<String, String> rejected, Set<String> stored)
            throws IOException {
        String good = "l'\"article\" <x>{y}|^`#?.txt";
        write(articles.resolve(good), GOOD);
        stored.add(good);
        String bad = "tab\there [and] 100% ü.txt";
        write(articles.resolve(bad), "");
        rejected.put(bad, "empty file");
    }

    /** A FIFO named {@code .txt} (it would hang a reader) and links out of the folder. */
    private void makeEntriesThatAreNoFiles(Path articles, Map<String, String> rejected)
            throws IOException, InterruptedException {
        Process mkfifo = new ProcessBuilder("mkfifo", articles.resolve("pipe.txt").toString()).start();
        if (mkfifo.waitFor(10, TimeUnit.SECONDS) && mkfifo.exitValue() == 0) {
            rejected.put("pipe.txt", "not a regular file (a device, a pipe or a socket): not read");
        }
        Path outside = write(folder.resolve("outside.txt"), GOOD);
        Files.createSymbolicLink(articles.resolve("outside-link.txt"), outside);
        rejected.put("outside-link.txt", "a symbolic link out of " + articles);
        Files.createSymbolicLink(articles.resolve("passwd.txt"), Path.of("/etc/passwd"));
        rejected.put("passwd.txt", "a symbolic link out of " + articles + " (to /etc/passwd): not read");
        Files.createSymbolicLink(articles.resolve("zero.txt"), Path.of("/dev/zero"));
        rejected.put("zero.txt", "a symbolic link out of " + articles + " (to /dev/zero): not read");
    }

    private static Path write(Path file, String text) throws IOException {
        return Files.writeString(file, text, StandardCharsets.UTF_8);
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
