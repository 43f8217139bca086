package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.function.BooleanSupplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code serve --watch DIR} on a real server over a real TDB2 store that starts empty, without admin credentials:
 * files are put into and taken out of the watched folder as a user would, and {@code /kg/sparql} is polled until it
 * shows the change (or a timeout fails the test). The tests run in order, each building on the previous ones.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class WatchedFolderIT {

    /** The first batch also loads the French models. */
    private static final Duration FIRST_LOAD = Duration.ofMinutes(3);
    private static final Duration CHANGE = Duration.ofSeconds(60);

    private static final String LAOS = """
             date 2024-06 Le Laos et le Vietnam signent un accord sur l'électricité

            Le ministre laotien de l'Énergie a rencontré le 5 juin à Vientiane son homologue vietnamien.

            Les deux pays ont signé un accord sur la vente d'électricité produite par les barrages du Laos.
            """;
    private static final String MONGOLIA = """
             date 2024-06 La Mongolie veut importer davantage de café vietnamien

            L'ambassadeur de Mongolie au Vietnam a visité le 12 juin une plantation de café à Dak Lak.

            La Mongolie souhaite acheter davantage de café et de fruits tropicaux au Vietnam.
            """;
    private static final String SENEGAL = """
             date 2024-06 Le Sénégal et le Vietnam coopèrent dans la riziculture

            Des experts vietnamiens aident les agriculteurs sénégalais à cultiver le riz dans la vallée du fleuve.

            Le Sénégal espère ainsi réduire ses importations de riz.
            """;
    private static final String CUBA = """
             date 2024-06 Cuba remercie le Vietnam pour son aide alimentaire

            Le gouvernement cubain a reçu le 20 juin un don de riz envoyé par le Vietnam.
            """;
    /** No date line and no body: not an article. */
    private static final String NOT_AN_ARTICLE = "Liste des courses : riz, café, poisson.\n";

    @TempDir
    static Path folder;

    private static Path watched;
    private static FusekiServer server;
    private static String root;
    private static PrintStream originalErr;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll
    static void startWatchingAnEmptyFolder() throws IOException {
        watched = Files.createDirectories(folder.resolve("inbox"));
        originalErr = System.err;
        System.setErr(new PrintStream(new Tee(originalErr, LOG), true, StandardCharsets.UTF_8));
        ServerSettings settings = new ServerSettings(ProjectFiles.FUSEKI_CONFIG, folder.resolve("tdb2"), 0,
                ProjectFiles.QUERIES, ProjectFiles.ONTOLOGY, BaseIri.DEFAULT).withWatch(watched);
        server = DiplokgServer.build(settings).start();
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
        System.setErr(originalErr);
    }

    @Test
    @Order(1)
    void articlesCopiedIntoTheFolderAreServed() throws IOException {
        write("laos.txt", LAOS);
        write("mongolie.txt", MONGOLIA);
        write("senegal.txt", SENEGAL);
        await(FIRST_LOAD, "the three articles", () -> holds("laos") && holds("mongolie") && holds("senegal"));
    }

    @Test
    @Order(2)
    void aDeletedFileTakesItsArticleAway() throws IOException {
        Files.delete(watched.resolve("mongolie.txt"));
        await(CHANGE, "mongolie removed", () -> !holds("mongolie"));
        assertTrue(holds("laos") && holds("senegal"), "the other articles stay");
        assertTrue(log().contains("removed 1 articles: mongolie"), log());
    }

    @Test
    @Order(3)
    void aBadFileIsReportedAndTheOthersLoad() throws IOException {
        write("courses.txt", NOT_AN_ARTICLE);
        write("cuba.txt", CUBA);
        await(CHANGE, "cuba", () -> holds("cuba"));
        assertFalse(holds("courses"));
        assertTrue(log().contains("rejected " + watched.resolve("courses.txt")), log());
    }

    @Test
    @Order(4)
    void aFileWrittenSlowlyIsReadOnlyOnceComplete() throws IOException, InterruptedException {
        Path file = watched.resolve("lente.txt");
        int logBefore = log().length();
        // The first part is an article on its own: read half-way, it would be loaded without the second.
        Files.writeString(file, """
                 date 2024-06 Le Vietnam et le Chili parlent de commerce

                Le vice-ministre chilien du Commerce a rencontré le 25 juin à Hanoï des entreprises vietnamiennes.
                """, StandardCharsets.UTF_8);
        for (int step = 0; step < 6; step++) {
            Thread.sleep(FolderWatcher.SETTLE.toMillis() / 3);
            Files.writeString(file, "\nLes échanges de cuivre et de saumon progressent" + ".".repeat(step + 1)
                    + "\n", StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        }
        Thread.sleep(FolderWatcher.SETTLE.toMillis() / 3);
        Files.writeString(file, "\nLes deux pays préparent un forum sur les produits de la mer.\n",
                StandardCharsets.UTF_8, StandardOpenOption.APPEND);
        await(CHANGE, "lente", () -> holds("lente"));
        assertTrue(says("lente", "forum sur les produits de la mer"), "the last part is in the store");
        // Nothing else changes in the folder meanwhile: one batch means the file was read once, complete.
        String batches = log().substring(logBefore);
        assertEquals(1, batches.lines().filter(line -> line.contains(" files: loaded ")).count(), batches);
        assertTrue(batches.contains(": 1 files: loaded 1, unchanged 0, rejected 0"), batches);
    }

    private static void write(String name, String text) throws IOException {
        Files.writeString(watched.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void await(Duration timeout, String what, BooleanSupplier condition) {
        long end = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not seen within " + timeout + ": " + what + "; log:\n" + log());
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }

    private static boolean holds(String id) {
        return ask("ASK { GRAPH <" + BaseIri.DEFAULT.articleGraph(id) + "> { ?s ?p ?o } }");
    }

    private static boolean says(String id, String words) {
        return ask("ASK { GRAPH <" + BaseIri.DEFAULT.articleGraph(id) + "> { ?s <" + Dkg.text.getURI() + "> ?t "
                + "FILTER(CONTAINS(?t, \"" + words + "\")) } }");
    }

    private static boolean ask(String query) {
        return expect(200, "text/csv", FixtureServer.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query="
                + encode(query))).header("Accept", "text/csv").build())).contains("true");
    }

    private static String log() {
        synchronized (LOG) {
            return LOG.toString(StandardCharsets.UTF_8);
        }
    }

    /** Writes to the real stderr and keeps a copy for the assertions. */
    private static final class Tee extends OutputStream {
        private final OutputStream first;
        private final ByteArrayOutputStream copy;

        Tee(OutputStream first, ByteArrayOutputStream copy) {
            this.first = first;
            this.copy = copy;
        }

        @Override
        public void write(int b) throws IOException {
            first.write(b);
            synchronized (copy) {
                copy.write(b);
            }
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            first.write(b, off, len);
            synchronized (copy) {
                copy.write(b, off, len);
            }
        }
    }
}
