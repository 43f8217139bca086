package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdfconnection.RDFConnection;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The seeds loaded into a real TDB2 store, served by the real server on a free port, queried over HTTP. */
class ServerIT {

    @TempDir
    static Path store;

    private static FusekiServer server;
    private static String root;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() {
        TestStores.load(store, List.of(ProjectFiles.SEEDS));
        server = DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0, ProjectFiles.QUERIES,
                ProjectFiles.ONTOLOGY, BaseIri.DEFAULT)).start();
        root = "http://localhost:" + server.getHttpPort();
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.stop();
        }
    }

    private static HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
        return HTTP.send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static String sparql(String query) {
        return "/kg/sparql?query=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    @Test
    void answersPing() throws Exception {
        assertEquals(200, get("/$/ping", "*/*").statusCode());
    }

    @Test
    void countsTheFiveSeedArticlesOverHttp() throws Exception {
        HttpResponse<String> response = get(sparql(
                "SELECT (COUNT(?a) AS ?n) { ?a a <https://w3id.org/diplokg/ontology#Article> }"), "text/csv");
        assertEquals(200, response.statusCode());
        assertEquals("n\r\n5\r\n", response.body());
    }

    @Test
    void servesTheStatesOfEachArticleInTheUnionDefaultGraph() {
        String query = """
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                SELECT ?id (GROUP_CONCAT(?code; separator=" ") AS ?codes) {
                  { SELECT DISTINCT ?id ?code { ?a dkg:articleId ?id ; dkg:mentionsState/dkg:iso2 ?code }
                    ORDER BY ?code }
                } GROUP BY ?id ORDER BY ?id""";
        try (RDFConnection connection = RDFConnection.connect(root + "/kg/sparql")) {
            StringBuilder rows = new StringBuilder();
            connection.querySelect(query, (QuerySolution row) -> rows.append(row.getLiteral("id").getString())
                    .append(' ').append(row.getLiteral("codes").getString()).append('\n'));
            assertEquals("""
                    000_1cd5c6262c1cb545 PE VN
                    001_bad20f0d03aad7a8 JP VN
                    002_3e8b7122a839a5da RU VN
                    003_580d411ffb29c817 US VN
                    004_4704a9f00f61984a BY VN
                    """, rows.toString());
        }
    }

    @Test
    void readsOneArticleGraphThroughTheGraphStore() throws Exception {
        String graph = URLEncoder.encode(BaseIri.DEFAULT.articleGraph("004_4704a9f00f61984a"), StandardCharsets.UTF_8);
        HttpResponse<String> response = get("/kg/get?graph=" + graph, "text/turtle");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/turtle"));
        assertTrue(response.body().contains("Biélorussie"), "the graph holds the article's title");
    }

    @Test
    void theDefaultGraphOfTheGraphStoreSaysItIsTheUnionInsteadOfAnsweringNothing() throws Exception {
        HttpResponse<String> response = get("/kg/get?default", "text/turtle");
        assertEquals(400, response.statusCode());
        assertTrue(response.body().contains("the default graph is the union of the named graphs"), response.body());
        assertTrue(response.body().contains("/dumps/diplokg.nq.gz"), response.body());
    }

    /**
     * Luong Cuong's office is one resource named by two seed articles (000 and 001); the page of article 000 gives
     * that office's evidence in 000, not the sentences of 001, which would make every article's page grow with the
     * articles that share its people and organisations.
     */
    @Test
    void anArticlePageGivesTheEvidenceItsOwnGraphHolds() throws Exception {
        String article = BaseIri.DEFAULT.id("article/000_1cd5c6262c1cb545");
        HttpResponse<String> response = get("/id/article/000_1cd5c6262c1cb545", "application/n-triples");
        assertEquals(200, response.statusCode());
        org.apache.jena.graph.Graph page = org.apache.jena.riot.RDFParser.fromString(response.body(),
                org.apache.jena.riot.Lang.NTRIPLES).toGraph();
        List<String> sentences = page.find(null, org.apache.jena.graph.NodeFactory.createURI(
                "https://w3id.org/diplokg/ontology#evidence"), null).mapWith(t -> t.getObject().getURI()).toList();
        assertTrue(!sentences.isEmpty(), "the facts of the article come with their sentences");
        for (String sentence : sentences) {
            assertTrue(sentence.startsWith(article + "/sentence/"), "evidence from another article: " + sentence);
        }
    }

    @Test
    void runsTheShippedArticlesQueryOverTheSeeds() throws Exception {
        HttpResponse<String> response = get("/api/queries/articles", "text/csv");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals(6, response.body().lines().count(), "a header and the five seed articles");
    }

    @Test
    void refusesUpdatesOnTheReadOnlyEndpoint() throws Exception {
        HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString("INSERT DATA { <urn:a> <urn:b> <urn:c> }")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, response.statusCode(), response.body());
        assertTrue(response.body().contains("read-only") && response.body().contains("/kg-admin/update"),
                response.body());
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("update=" + URLEncoder.encode(
                        "INSERT DATA { <urn:a> <urn:b> <urn:c> }", StandardCharsets.UTF_8))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(400, form.statusCode(), form.body());
        assertTrue(form.body().contains("read-only") && form.body().contains("/kg-admin/update"), form.body());
        HttpResponse<String> count = get(sparql("ASK { <urn:a> <urn:b> <urn:c> }"), "text/csv");
        assertTrue(count.body().contains("false"), count.body());
    }

}
