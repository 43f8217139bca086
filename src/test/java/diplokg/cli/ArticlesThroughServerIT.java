package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.cli.CliTest.Run;
import diplokg.server.AdminAccess;
import diplokg.server.DiplokgServer;
import diplokg.server.ServerSettings;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest --server} and {@code remove --server} end to end: the CLI runs in a second JVM (the credentials come
 * from its environment) against a real server in this one; and {@code remove} on a local store.
 */
class ArticlesThroughServerIT {

    private static final String PASSWORD = "a password for the CLI tests";
    private static final Path RUSSIA = ProjectFiles.SEEDS.resolve("002_3e8b7122a839a5da.txt");
    private static final Path PERU = ProjectFiles.SEEDS.resolve("000_1cd5c6262c1cb545.txt");

    @TempDir
    static Path folder;

    private static FusekiServer server;
    private static String root;

    @BeforeAll
    static void start() {
        Path store = folder.resolve("served");
        server = DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0, ProjectFiles.QUERIES,
                ProjectFiles.ONTOLOGY, BaseIri.DEFAULT, new AdminAccess.Password("admin", PASSWORD))).start();
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    void ingestAndRemoveThroughTheServerWithTheEnvironmentsCredentials() throws Exception {
        Path bad = Files.writeString(folder.resolve("bad.txt"), "");
        Result ingest = cli(Map.of("DIPLOKG_ADMIN_PASSWORD", PASSWORD), "ingest", "--server", root + "/",
                RUSSIA.toString(), PERU.toString(), bad.toString());
        assertEquals(3, ingest.code(), ingest.output());
        assertTrue(ingest.output().contains("rejected: bad.txt: empty file: no title and no body"), ingest.output());
        assertTrue(ingest.output().contains("Loaded 2 articles (0 unchanged, 1 rejected)"), ingest.output());
        assertTrue(ingest.output().contains("into " + root), ingest.output());
        assertTrue(holds("002_3e8b7122a839a5da") && holds("000_1cd5c6262c1cb545"));

        Result unknown = cli(Map.of("DIPLOKG_ADMIN_PASSWORD", PASSWORD), "remove", "--server", root,
                "002_3e8b7122a839a5da", "no-such-article");
        assertEquals(1, unknown.code(), unknown.output());
        assertTrue(unknown.output().contains("diplokg: not in the store, so nothing was removed: no-such-article"),
                unknown.output());
        assertTrue(holds("002_3e8b7122a839a5da"));

        Result remove = cli(Map.of("DIPLOKG_ADMIN_PASSWORD", PASSWORD), "remove", "--server", root,
                "002_3e8b7122a839a5da");
        assertEquals(0, remove.code(), remove.output());
        assertTrue(remove.output().contains("Removed 1 articles from " + root), remove.output());
        assertFalse(holds("002_3e8b7122a839a5da"));
        assertTrue(holds("000_1cd5c6262c1cb545"));
    }

    @Test
    void aWrongOrMissingPasswordIsOneClearLine() throws Exception {
        Result wrong = cli(Map.of("DIPLOKG_ADMIN_PASSWORD", "not it"), "ingest", "--server", root, PERU.toString());
        assertEquals(1, wrong.code(), wrong.output());
        assertTrue(wrong.output().contains("diplokg: " + root + " refused the login of user admin (401): check"
                + " DIPLOKG_ADMIN_USER and DIPLOKG_ADMIN_PASSWORD"), wrong.output());
        Result missing = cli(Map.of(), "remove", "--server", root, "x");
        assertEquals(2, missing.code(), missing.output());
        assertTrue(missing.output().contains("diplokg: DIPLOKG_ADMIN_PASSWORD is not set"), missing.output());
        Result localOption = cli(Map.of("DIPLOKG_ADMIN_PASSWORD", PASSWORD), "ingest", "--server", root,
                "--threads", "3", PERU.toString());
        assertEquals(2, localOption.code(), localOption.output());
        assertTrue(localOption.output().contains("--threads shape a load into a local store"), localOption.output());
    }

    @Test
    void localRemoveIsAllOrNothing() {
        Path store = folder.resolve("local");
        TestStores.load(store, List.of(RUSSIA, PERU));
        Run unknown = CliTest.run("remove", "000_1cd5c6262c1cb545", "nope", "--data", store.toString());
        assertEquals(1, unknown.code());
        assertEquals("diplokg: not in the store, so nothing was removed: nope\n", unknown.err());
        Run remove = CliTest.run("remove", "000_1cd5c6262c1cb545", "--data", store.toString());
        assertEquals(0, remove.code(), remove.err());
        assertEquals("Removed 1 articles from " + store + "\n", remove.out());
        try (TdbStore opened = TdbStore.open(store)) {
            assertFalse(opened.containsGraph(BaseIri.DEFAULT.articleGraph("000_1cd5c6262c1cb545")));
            assertTrue(opened.containsGraph(BaseIri.DEFAULT.articleGraph("002_3e8b7122a839a5da")));
        }
    }

    private static boolean holds(String id) throws IOException, InterruptedException {
        String ask = "ASK { GRAPH <" + BaseIri.DEFAULT.articleGraph(id) + "> { ?s ?p ?o } }";
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(root
                + "/kg/sparql?query=" + URLEncoder.encode(ask, StandardCharsets.UTF_8))).header("Accept", "text/csv")
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode());
        return response.body().contains("true");
    }

    private record Result(int code, String output) {
    }

    /** Runs the CLI in a second JVM, the admin variables removed from its environment and {@code env} added. */
    private static Result cli(Map<String, String> env, String... args) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().remove(AdminAccess.PASSWORD_VARIABLE);
        builder.environment().remove(AdminAccess.USER_VARIABLE);
        builder.environment().putAll(env);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(120, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Result(process.exitValue(), output);
    }
}
