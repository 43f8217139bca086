package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FuzzCorpus;
import diplokg.ProjectFiles;
import diplokg.store.PatchLog;
import diplokg.store.TdbStore;
import diplokg.validate.StoreValidator;
import diplokg.validate.Validation;
import diplokg.vocab.BaseIri;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.commons.compress.archivers.zip.UnixStat;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fuzz corpus ({@link FuzzCorpus}) through {@code POST /kg-admin/articles} of a real server over a real TDB2
 * store, which {@code FuzzCorpusIT} sends through the CLI: first as one zip with the seeds and with entries no upload
 * may follow (links, a folder, names with {@code ..} or an absolute path), then each bad file alone in each way the
 * upload takes a single file, then the bad files alone in one zip. Never a 5xx, never an {@code OutOfMemoryError} in
 * the server's log; every bad file is named in the answer with the reason the CLI gives it; the good articles of the
 * zip are stored; an upload of bad files only leaves the store exactly as it was (graphs, triples, version); the
 * store validates afterwards. The tests run in order on one store.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class FuzzUploadIT {

    private static final String PASSWORD = "an admin password for the fuzz corpus";
    private static final String ARTICLES = "/kg-admin/articles";
    private static final String SOURCE_FILE = "https://w3id.org/diplokg/ontology#sourceFile";
    private static final String LINK = "not a regular file in the archive (a link or a device): not read";
    private static final String FOLDER = "a folder of the archive, not a file: not read";
    private static final String OUT_OF_ARCHIVE = "a path out of the archive (absolute, or with '..'): not read";

    @TempDir
    static Path folder;

    private static Path corpus;
    private static Path store;
    private static CapturedLog log;
    private static FusekiServer server;
    private static String root;

    @BeforeAll
    static void startOnAnEmptyStore() throws IOException {
        corpus = Files.createDirectories(folder.resolve("corpus"));
        FuzzCorpus.write(corpus);
        store = folder.resolve("data").resolve("tdb2");
        log = CapturedLog.start();
        server = DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0, ProjectFiles.QUERIES,
                ProjectFiles.ONTOLOGY, BaseIri.DEFAULT, new AdminAccess.Password("admin", PASSWORD))).start();
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server.getJettyServer().isRunning()) {
            server.stop();
        }
        log.close();
    }

    @Test
    @Order(1)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void oneZipOfTheCorpusAndTheSeedsStoresEveryGoodArticleAndNamesEveryBadEntry() throws IOException {
        Path outside = Files.writeString(folder.resolve("outside.txt"), FuzzCorpus.GOOD);
        Map<String, String> expected = new TreeMap<>(FuzzCorpus.REJECTED);
        Set<String> stored = new TreeSet<>(FuzzCorpus.READABLE);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            addFiles(zip, corpus);
            stored.addAll(addFiles(zip, ProjectFiles.SEEDS));
            expected.putAll(addEntriesNotToFollow(zip, outside));
        }
        JsonObject reply = upload(ARTICLES, "application/zip", bytes.toByteArray());

        assertRejected(expected, reply);
        assertEquals(stored.size(), reply.getNumber("loaded").intValue(), reply.toString());
        assertEquals(stored, sourceFiles(), "every good article of the zip is stored, and nothing else");
        assertFalse(Files.exists(folder.resolve("escaped.txt")) || Files.exists(Path.of("/tmp/absolute-fuzz.txt")));
        try (Stream<Path> left = Files.list(store.getParent())) {
            assertEquals(List.of("tdb2"), left.map(p -> p.getFileName().toString()).toList(),
                    "nothing written beside the store, the upload folder deleted");
        }
    }

    @Test
    @Order(2)
    @Timeout(value = 5, unit = TimeUnit.MINUTES)
    void eachBadFileAloneIsNamedWithItsReasonAndLeavesTheStoreExactlyAsItWas() throws IOException {
        StoreState before = StoreState.of(root, store);
        for (Map.Entry<String, String> bad : FuzzCorpus.REJECTED.entrySet()) {
            byte[] content = Files.readAllBytes(corpus.resolve(bad.getKey()));
            for (Single single : Single.waysToSend(bad.getKey(), content)) {
                JsonObject reply = upload(single.path(), single.type(), single.body());
                assertRejected(Map.of(bad.getKey(), bad.getValue()), reply);
                assertEquals(0, reply.getNumber("loaded").intValue(), single + ": " + reply);
                assertEquals(before, StoreState.of(root, store), single + " left the store as it was");
            }
        }
    }

    @Test
    @Order(3)
    void aZipOfBadEntriesOnlyLeavesTheStoreExactlyAsItWas() throws IOException {
        StoreState before = StoreState.of(root, store);
        Path outside = Files.writeString(folder.resolve("outside-again.txt"), FuzzCorpus.GOOD);
        Map<String, String> expected = new TreeMap<>();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipArchiveOutputStream zip = new ZipArchiveOutputStream(bytes)) {
            for (String name : FuzzCorpus.REJECTED.keySet()) {
                add(zip, name, Files.readAllBytes(corpus.resolve(name)));
            }
            expected.putAll(FuzzCorpus.REJECTED);
            expected.putAll(addEntriesNotToFollow(zip, outside));
        }
        JsonObject reply = upload(ARTICLES, "application/zip", bytes.toByteArray());
        assertRejected(expected, reply);
        assertEquals(0, reply.getNumber("loaded").intValue(), reply.toString());
        assertEquals(before, StoreState.of(root, store));
    }

    @Test
    @Order(4)
    void theServerLoggedNoOutOfMemoryErrorAndTheStoreValidates() {
        StoreState last = StoreState.of(root, store);
        server.stop();
        assertFalse(log.text().contains("OutOfMemoryError"), log.text());
        try (TdbStore tdb = TdbStore.open(store)) {
            assertEquals(last.version(), tdb.version());
            Validation validation = StoreValidator.load(ProjectFiles.ONTOLOGY.resolve("shapes.ttl"),
                    BaseIri.DEFAULT).validate(tdb);
            assertTrue(validation.hasNoViolations(), validation.findings()::toString);
        }
    }

    /** Adds every file of {@code from} to the zip under its own name; returns the names. */
    private static Set<String> addFiles(ZipArchiveOutputStream zip, Path from) throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(from)) {
            for (Path file : files.toList()) {
                add(zip, file.getFileName().toString(), Files.readAllBytes(file));
                names.add(file.getFileName().toString());
            }
        }
        return names;
    }

    /**
     * Adds entries an upload must neither follow nor write out of its folder: links to {@code outside} (a good
     * article) and to {@code /etc/passwd}, a folder, names with {@code ..} and an absolute name (good articles too).
     * Returns each entry's name and the part of the reason it must get.
     */
    private static Map<String, String> addEntriesNotToFollow(ZipArchiveOutputStream zip, Path outside)
            throws IOException {
        link(zip, "outside-link.txt", outside.toString());
        link(zip, "passwd.txt", "/etc/passwd");
        ZipArchiveEntry directory = new ZipArchiveEntry("folder/");
        zip.putArchiveEntry(directory);
        zip.closeArchiveEntry();
        byte[] good = FuzzCorpus.GOOD.getBytes(StandardCharsets.UTF_8);
        add(zip, "../escaped.txt", good);
        add(zip, "folder/../../escaped-too.txt", good);
        add(zip, "/tmp/absolute-fuzz.txt", good);
        return Map.of("outside-link.txt", LINK, "passwd.txt", LINK, "folder/", FOLDER, "../escaped.txt",
                OUT_OF_ARCHIVE, "folder/../../escaped-too.txt", OUT_OF_ARCHIVE, "/tmp/absolute-fuzz.txt",
                OUT_OF_ARCHIVE);
    }

    private static void add(ZipArchiveOutputStream zip, String name, byte[] content) throws IOException {
        zip.putArchiveEntry(new ZipArchiveEntry(name));
        zip.write(content);
        zip.closeArchiveEntry();
    }

    /** A symbolic link as {@code zip -y} stores it: the Unix mode says link, the content is the target. */
    private static void link(ZipArchiveOutputStream zip, String name, String target) throws IOException {
        ZipArchiveEntry entry = new ZipArchiveEntry(name);
        entry.setUnixMode(UnixStat.LINK_FLAG | 0777);
        zip.putArchiveEntry(entry);
        zip.write(target.getBytes(StandardCharsets.UTF_8));
        zip.closeArchiveEntry();
    }

    /** Asserts that the reply rejects exactly the files of {@code expected}, each with a reason holding its part. */
    private static void assertRejected(Map<String, String> expected, JsonObject reply) {
        Map<String, String> rejected = new TreeMap<>();
        for (JsonValue entry : reply.get("rejected").getAsArray()) {
            JsonObject bad = entry.getAsObject();
            assertEquals(null, rejected.put(bad.getString("file"), bad.getString("reason")), "named once: " + reply);
        }
        assertEquals(new TreeSet<>(expected.keySet()), rejected.keySet(), reply.toString());
        for (Map.Entry<String, String> bad : expected.entrySet()) {
            String reason = rejected.get(bad.getKey());
            assertTrue(reason.contains(bad.getValue()), bad.getKey() + ": '" + bad.getValue() + "' in " + reason);
            assertFalse(reason.contains(folder.toString()) || reason.contains("Exception")
                    || reason.contains("Error"), "no path of the server, no exception: " + reason);
        }
    }

    /** Posts as the admin; the answer must be 200 and JSON (never a 5xx). */
    private static JsonObject upload(String path, String type, byte[] body) {
        HttpResponse<String> response = FixtureServer.postAsAdmin(root + path, type, body, PASSWORD);
        assertTrue(response.statusCode() < 500, () -> path + " " + type + ": " + response.statusCode() + " "
                + response.body());
        return JSON.parse(expect(200, "application/json", response));
    }

    /** The {@code dkg:sourceFile} of every article the store holds, asked of {@code /kg/sparql}. */
    private static Set<String> sourceFiles() {
        String query = "SELECT ?f { GRAPH ?g { ?a <" + SOURCE_FILE + "> ?f } }";
        List<String> lines = expect(200, "text/csv", FixtureServer.send(HttpRequest.newBuilder(URI.create(root
                + "/kg/sparql?query=" + encode(query))).header("Accept", "text/csv").build())).lines().toList();
        Set<String> names = new TreeSet<>();
        for (String line : lines.subList(1, lines.size())) {
            names.add(line.startsWith("\"") ? line.substring(1, line.length() - 1).replace("\"\"", "\"") : line);
        }
        return names;
    }

    /**
     * One bad file sent alone, in one of the ways the upload takes a single file: as the one part of a multipart
     * form, and, when its name says it is text or HTML, as a {@code text/plain} or {@code text/html} body named by
     * {@code ?name=}.
     */
    private record Single(String path, String type, byte[] body) {

        static List<Single> waysToSend(String name, byte[] content) {
            List<Single> ways = new ArrayList<>();
            String boundary = "diplokg-fuzz-boundary";
            ways.add(new Single(ARTICLES, "multipart/form-data; boundary=" + boundary,
                    FixtureServer.form(boundary, Map.of(name, content))));
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".txt")) {
                ways.add(new Single(ARTICLES + "?name=" + encode(name), "text/plain", content));
            } else if (lower.endsWith(".html") || lower.endsWith(".htm")) {
                ways.add(new Single(ARTICLES + "?name=" + encode(name), "text/html", content));
            }
            return ways;
        }

        @Override
        public String toString() {
            return type + " " + path;
        }
    }

    /** The named graphs of the store with their triples, asked of {@code /kg/sparql}, and the store's version. */
    private record StoreState(Map<String, Long> triples, long version) {

        static StoreState of(String root, Path store) {
            String query = "SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g";
            List<String> lines = expect(200, "text/csv", FixtureServer.send(HttpRequest.newBuilder(URI.create(root
                    + "/kg/sparql?query=" + encode(query))).header("Accept", "text/csv").build())).lines().toList();
            Map<String, Long> triples = new TreeMap<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] cells = line.split(",");
                triples.put(cells[0], Long.parseLong(cells[1].strip()));
            }
            long newest = PatchLog.of(store).newest().orElse(0);
            HttpResponse<String> feed = FixtureServer.send(HttpRequest.newBuilder(URI.create(root
                    + "/kg/patches?from=" + newest)).build());
            assertEquals(200, feed.statusCode(), feed::body);
            return new StoreState(triples, Long.parseLong(feed.headers().firstValue("Diplokg-Version").orElseThrow()));
        }
    }
}
