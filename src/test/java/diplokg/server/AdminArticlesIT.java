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
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.fuseki.main.FusekiServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /kg-admin/articles} and {@code POST /kg-admin/articles/remove} on a real server over a real TDB2 store
 * that starts empty: what a reply says is checked against what {@code /kg/sparql} and the saved-query API answer
 * right after it. The tests run in order, each building on the store the previous ones left.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AdminArticlesIT {

    private static final String PASSWORD = "an admin password for tests";
    private static final String ARTICLES = "/kg-admin/articles";

    private static final String CHILE = """
             date 2025-03 Le Vietnam et le Chili renforcent leur coopération agricole
            Le ministre vietnamien de l'Agriculture a reçu le 4 mars à Hanoï l'ambassadeur du Chili.
            Les deux pays veulent accroître leurs échanges de fruits et de produits de la mer.
            """;
    private static final String NORWAY = """
             date 2025-04 La Norvège et le Vietnam discutent d'énergie éolienne
            Le vice-ministre norvégien des Affaires étrangères s'est rendu à Hanoï le 10 avril.
            La Norvège soutient le développement de l'énergie éolienne en mer au Vietnam.
            """;
    private static final String KENYA = """
             date 2025-05 Le Kenya souhaite développer ses relations avec le Vietnam
            L'ambassadeur du Kenya au Vietnam a rencontré le 2 mai le vice-président de l'Assemblée nationale.
            Le Kenya souhaite importer davantage de riz vietnamien.
            """;
    private static final String GHANA = """
             date 2025-06 Le Ghana et le Vietnam fêtent leurs relations diplomatiques
            Le Vietnam et le Ghana ont établi leurs relations diplomatiques en 1965.
            """;
    private static final String PERU = """
             date 2025-07 Le Pérou invite les entreprises vietnamiennes
            Le Pérou et le Vietnam veulent développer le commerce et l'investissement.
            """;

    @TempDir
    static Path folder;

    private static FusekiServer server;
    private static String root;

    @BeforeAll
    static void startOnAnEmptyStore() {
        Path store = folder.resolve("data").resolve("tdb2");
        ServerSettings settings = new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0, ProjectFiles.QUERIES,
                ProjectFiles.ONTOLOGY, BaseIri.DEFAULT, new AdminAccess.Password("admin", PASSWORD));
        server = DiplokgServer.build(settings).start();
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        server.stop();
    }

    @Test
    @Order(1)
    void oneTextArticleIsVisibleToSparqlAndToTheSavedQueriesRightAfterTheReply() {
        String before = expect(200, "text/csv", get("/api/queries/articles?format=csv"));
        assertFalse(before.contains("Chili"), before);
        JsonObject reply = post(ARTICLES + "?name=chile.txt", "text/plain; charset=utf-8", bytes(CHILE), PASSWORD);
        assertEquals(1, reply.getNumber("loaded").intValue(), reply.toString());
        assertEquals(0, reply.getNumber("unchanged").intValue());
        assertEquals(0, reply.get("rejected").getAsArray().size());
        assertTrue(reply.getNumber("quads").longValue() > 10, reply.toString());
        assertTrue(holds("chile"), "the article graph is served at once");
        String after = expect(200, "text/csv", get("/api/queries/articles?format=csv"));
        assertTrue(after.contains("Le Vietnam et le Chili renforcent leur coopération agricole"), after);
        assertTrue(after.contains("CL"), after);
    }

    @Test
    @Order(2)
    void theSameTextAgainIsUnchangedAndAMissingNameIsRefused() {
        JsonObject reply = post(ARTICLES + "?name=chile", "text/plain", bytes(CHILE), PASSWORD);
        assertEquals(0, reply.getNumber("loaded").intValue(), reply.toString());
        assertEquals(1, reply.getNumber("unchanged").intValue(), reply.toString());
        HttpResponse<String> unnamed = send(ARTICLES, "text/plain", bytes(NORWAY), PASSWORD);
        FixtureServer.expectError(400, "?name=FILE.txt", unnamed);
        assertFalse(holds("norway"));
    }

    @Test
    @Order(3)
    void aZipOfThreeLoadsThreeAndWritesNothingOutsideItsFolder() throws IOException {
        Map<String, String> entries = new LinkedHashMap<>();
        entries.put("2025/norway.txt", NORWAY);
        entries.put("2025/05/kenya.txt", KENYA);
        entries.put("ghana.txt", GHANA);
        entries.put("../../escaped.txt", PERU);
        entries.put("/tmp/absolute.txt", PERU);
        JsonObject reply = post(ARTICLES, "application/zip", zip(entries), PASSWORD);
        assertEquals(3, reply.getNumber("loaded").intValue(), reply.toString());
        assertTrue(holds("norway") && holds("kenya") && holds("ghana"));
        assertEquals(List.of("../../escaped.txt", "/tmp/absolute.txt"), reply.get("rejected").getAsArray().stream()
                .map(r -> r.getAsObject().getString("file")).sorted().toList());
        assertFalse(Files.exists(folder.resolve("escaped.txt")) || holds("escaped") || holds("absolute"));
        try (Stream<Path> left = Files.list(folder.resolve("data"))) {
            assertEquals(List.of("tdb2"), left.map(p -> p.getFileName().toString()).toList(),
                    "the upload folder is deleted");
        }
    }

    @Test
    @Order(4)
    void aBadFileInAMultipartUploadIsRejectedWithItsReasonAndTheOthersLoad() {
        String boundary = "diplokg-test-boundary";
        Map<String, byte[]> files = new LinkedHashMap<>();
        files.put("peru.txt", bytes(PERU));
        files.put("empty.txt", bytes(""));
        JsonObject reply = post(ARTICLES, "multipart/form-data; boundary=" + boundary,
                FixtureServer.form(boundary, files), PASSWORD);
        assertEquals(1, reply.getNumber("loaded").intValue(), reply.toString());
        JsonArray rejected = reply.get("rejected").getAsArray();
        assertEquals(1, rejected.size(), reply.toString());
        JsonObject bad = rejected.get(0).getAsObject();
        assertEquals("empty.txt", bad.getString("file"));
        assertEquals("empty.txt: empty file: no title and no body", bad.getString("reason"));
        assertTrue(holds("peru"));
        assertFalse(holds("empty"));
    }

    @Test
    @Order(5)
    void aTarGzIsReadAndAnUnknownMediaTypeOrParameterIsRefused() throws IOException {
        JsonObject reply = post(ARTICLES + "?force=true", "application/gzip", tarGz(Map.of("a/ghana.txt", GHANA)),
                PASSWORD);
        assertEquals(1, reply.getNumber("loaded").intValue(), "force reloads an unchanged article: " + reply);
        FixtureServer.expectError(415, "application/zip", send(ARTICLES, "application/pdf", bytes("%PDF"),
                PASSWORD));
        FixtureServer.expectError(400, "unknown parameter graph", send(ARTICLES + "?name=x&graph=g", "text/plain",
                bytes(PERU), PASSWORD));
        FixtureServer.expectError(400, "not a readable zip archive",
                send(ARTICLES, "application/zip", bytes("not a zip at all"), PASSWORD));
    }

    @Test
    @Order(6)
    void wrongOrMissingCredentialsAre401AndStoreNothing() {
        assertEquals(401, send(ARTICLES + "?name=x", "text/plain", bytes(PERU.replace("Pérou", "Bolivie")),
                "wrong").statusCode());
        HttpResponse<String> anonymous = FixtureServer.send(HttpRequest.newBuilder(URI.create(root + ARTICLES
                + "?name=x")).header("Content-Type", "text/plain")
                .POST(HttpRequest.BodyPublishers.ofString(PERU)).build());
        assertEquals(401, anonymous.statusCode());
        assertFalse(holds("x"));
    }

    @Test
    @Order(7)
    void removalIsAllOrNothingAndTheSavedQueriesAndTheKnowledgeGraphFollow() {
        String kenya = articleOf("kenya");
        assertTrue(knowledgeCites(kenya), "the upload kept the knowledge graph in step");
        HttpResponse<String> unknown = send(ARTICLES + "/remove", "application/x-www-form-urlencoded",
                bytes("id=kenya&id=no-such-article"), PASSWORD);
        String body = FixtureServer.expectError(404, "no-such-article", unknown);
        assertEquals(List.of("no-such-article"), strings(JSON.parse(body).get("missing").getAsArray()));
        assertTrue(holds("kenya"), "nothing removed when an id is unknown");
        JsonObject reply = post(ARTICLES + "/remove", "application/x-www-form-urlencoded",
                bytes("id=kenya&id=norway"), PASSWORD);
        assertEquals(List.of("kenya", "norway"), strings(reply.get("removed").getAsArray()));
        assertFalse(holds("kenya") || holds("norway"));
        assertFalse(knowledgeCites(kenya), "the removal kept the knowledge graph in step");
        assertTrue(holds("chile"));
        String after = expect(200, "text/csv", get("/api/queries/articles?format=csv"));
        assertFalse(after.contains("Kenya") || after.contains("Norvège"), after);
        assertTrue(after.contains("Chili"), after);
    }

    @Test
    @Order(8)
    void theOpenApiDocumentDescribesTheAdminPathsBehindTheLogin() {
        JsonObject document = JSON.parse(expect(200, "application/json", get("/api/openapi.json")));
        JsonObject paths = document.get("paths").getAsObject();
        assertEquals("addArticles", paths.get(ARTICLES).getAsObject().get("post").getAsObject()
                .getString("operationId"));
        assertEquals("removeArticles", paths.get(ARTICLES + "/remove").getAsObject().get("post").getAsObject()
                .getString("operationId"));
        assertEquals("basic", document.get("components").getAsObject().get("securitySchemes").getAsObject()
                .get("adminLogin").getAsObject().getString("scheme"));
    }

    /** The IRI of the article resource in the graph of article {@code id}. */
    private static String articleOf(String id) {
        String select = "SELECT ?a { GRAPH <" + BaseIri.DEFAULT.articleGraph(id) + "> { ?a a <"
                + Dkg.Article.getURI() + "> } }";
        List<String> lines = sparqlCsv(select).lines().toList();
        assertEquals(2, lines.size(), lines.toString());
        return lines.get(1).strip();
    }

    /** Whether the knowledge graph links anything to the article resource {@code article}. */
    private static boolean knowledgeCites(String article) {
        return sparqlCsv("ASK { GRAPH <" + BaseIri.DEFAULT.knowledgeGraph() + "> { ?r <" + Dkg.fromArticle.getURI()
                + "> <" + article + "> } }").contains("true");
    }

    private static String sparqlCsv(String query) {
        return expect(200, "text/csv", FixtureServer.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query="
                + encode(query))).header("Accept", "text/csv").build()));
    }

    private static boolean holds(String id) {
        String ask = "ASK { GRAPH <" + BaseIri.DEFAULT.articleGraph(id) + "> { ?s ?p ?o } }";
        return expect(200, "text/csv", FixtureServer.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql?query="
                + encode(ask))).header("Accept", "text/csv").build())).contains("true");
    }

    private static HttpResponse<String> get(String path) {
        return FixtureServer.send(HttpRequest.newBuilder(URI.create(root + path)).build());
    }

    private static JsonObject post(String path, String type, byte[] body, String password) {
        return JSON.parse(expect(200, "application/json", send(path, type, body, password)));
    }

    private static HttpResponse<String> send(String path, String type, byte[] body, String password) {
        return FixtureServer.postAsAdmin(root + path, type, body, password);
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static List<String> strings(JsonArray array) {
        return array.stream().map(v -> v.getAsString().value()).toList();
    }

    private static byte[] zip(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(entry.getKey()));
                zip.write(bytes(entry.getValue()));
                zip.closeEntry();
            }
        }
        return bytes.toByteArray();
    }

    private static byte[] tarGz(Map<String, String> entries) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (TarArchiveOutputStream tar = new TarArchiveOutputStream(new GZIPOutputStream(bytes))) {
            for (Map.Entry<String, String> entry : entries.entrySet()) {
                byte[] content = bytes(entry.getValue());
                TarArchiveEntry header = new TarArchiveEntry(entry.getKey());
                header.setSize(content.length);
                tar.putArchiveEntry(header);
                tar.write(content);
                tar.closeArchiveEntry();
            }
        }
        return bytes.toByteArray();
    }
}
