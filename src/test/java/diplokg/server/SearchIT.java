package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.TestStores;
import diplokg.ingest.IngestReport;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Full-text search on a real server over a real store: the saved query {@code search} and {@code text:query} over
 * HTTP, after each way the store is written (ingest into an empty store, which bulk-loads; ingest that replaces an
 * article; removal; SPARQL Update on {@code /kg-admin}).
 */
class SearchIT {

    private static final String PASSWORD = "search test password";
    private static final String FIRST = BaseIri.DEFAULT.id("article/vn-jp");
    private static final String SECOND = BaseIri.DEFAULT.id("article/vn-id");

    @TempDir
    Path folder;

    private Path store;
    private Path articles;

    @BeforeEach
    void ingestTwoArticles() throws IOException {
        store = folder.resolve("tdb2");
        articles = Files.createDirectories(folder.resolve("articles"));
        write("vn-jp", " date 2024-06 Le Vietnam et le Japon renforcent leurs accords de coopération",
                "À Hanoï, le Premier ministre a salué l’investissement japonais dans les ports.",
                "Les deux pays ont signé trois accords sur l'énergie propre.");
        write("vn-id", " date 2024-07 Visite du ministre indonésien à Hanoï",
                "Le ministre des Affaires étrangères d'Indonésie a rencontré son homologue vietnamien.",
                "La sécurité maritime a été au cœur des entretiens.");
        IngestReport report = TestStores.load(store, List.of(articles));
        assertEquals(2, report.loaded());
        assertTrue(report.bulk(), "into an empty store the ingest goes through the bulk loader");
    }

    private void write(String name, String... lines) throws IOException {
        Files.writeString(articles.resolve(name + ".txt"), String.join("\n", lines) + "\n");
    }

    private FusekiServer start() {
        return DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0, ProjectFiles.QUERIES,
                ProjectFiles.ONTOLOGY, BaseIri.DEFAULT, new AdminAccess.Password("admin", PASSWORD))).start();
    }

    private static String root(FusekiServer server) {
        return "http://localhost:" + server.getHttpPort();
    }

    /** The rows of the saved query {@code search} for {@code q}, over HTTP, each as column to value. */
    private static List<Map<String, String>> search(FusekiServer server, String q) {
        String body = expect(200, "application/sparql-results+json", FixtureServer.send(HttpRequest.newBuilder(
                URI.create(root(server) + "/api/queries/search?format=json&q=" + encode(q))).build()));
        return rows(body);
    }

    /** The rows of a SPARQL query on the public endpoint. */
    private static List<Map<String, String>> sparql(FusekiServer server, String query) {
        String body = expect(200, "application/sparql-results+json", FixtureServer.send(HttpRequest.newBuilder(
                URI.create(root(server) + "/kg/sparql?query=" + encode(query)))
                .header("Accept", "application/sparql-results+json").build()));
        return rows(body);
    }

    private static List<Map<String, String>> rows(String json) {
        ResultSet results = ResultSetMgr.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
                ResultSetLang.RS_JSON);
        List<Map<String, String>> rows = new ArrayList<>();
        results.forEachRemaining(solution -> {
            Map<String, String> row = new HashMap<>();
            solution.varNames().forEachRemaining(name -> row.put(name, text(solution.get(name))));
            rows.add(row);
        });
        return rows;
    }

    private static String text(RDFNode node) {
        return node.isLiteral() ? node.asLiteral().getLexicalForm() : node.asResource().getURI();
    }

    @Test
    void savedQueryFindsSentencesWhateverTheAccentsElisionsAndNumberAndMarksTheWords() {
        FusekiServer server = start();
        try {
            List<Map<String, String>> rows = search(server, "investissements");
            assertEquals(1, rows.size(), rows::toString);
            Map<String, String> row = rows.get(0);
            assertEquals(FIRST, row.get("article"));
            assertEquals("Le Vietnam et le Japon renforcent leurs accords de coopération", row.get("title"));
            assertTrue(row.get("sentence").startsWith(FIRST + "/sentence/"), row::toString);
            // The elided article is part of the word Lucene read, so the mark covers it.
            assertEquals("À Hanoï, le Premier ministre a salué <em>l’investissement</em> japonais dans les ports.",
                    row.get("match"));
            assertTrue(Double.parseDouble(row.get("score")) > 0, row::toString);

            List<Map<String, String>> title = search(server, "cooperation");
            assertEquals(1, title.size(), title::toString);
            assertEquals(FIRST, title.get(0).get("article"));
            assertEquals(FIRST + "/sentence/0", title.get(0).get("sentence"), "a title is its article's sentence 0");
            assertEquals("Le Vietnam et le Japon renforcent leurs accords de <em>coopération</em>",
                    title.get(0).get("match"));

            List<Map<String, String>> both = search(server, "securite hanoi");
            // Sorted by IRI: vn-id (its sentence and its title) before vn-jp.
            assertEquals(List.of(SECOND, SECOND, FIRST), both.stream().map(r -> r.get("article")).sorted().toList(),
                    both::toString);
            List<Double> scores = both.stream().map(r -> Double.parseDouble(r.get("score"))).toList();
            assertEquals(scores.stream().sorted(Comparator.reverseOrder()).toList(), scores,
                    "best matches first");
        } finally {
            server.stop();
        }
    }

    @Test
    void textQueryWorksOnThePublicSparqlEndpoint() {
        FusekiServer server = start();
        try {
            List<Map<String, String>> rows = sparql(server, """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                    SELECT ?sentence ?text { ?sentence text:query "energies" ; dkg:text ?text }""");
            assertEquals(1, rows.size(), rows::toString);
            assertEquals("Les deux pays ont signé trois accords sur l'énergie propre.", rows.get(0).get("text"));
            List<Map<String, String>> titles = sparql(server, """
                    PREFIX text: <http://jena.apache.org/text#>
                    PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                    SELECT ?article { ?article text:query (dkg:title "indonesien") }""");
            assertEquals(List.of(Map.of("article", SECOND)), titles);
        } finally {
            server.stop();
        }
    }

    @Test
    void replacingAndRemovingArticlesKeepsTheIndexInStep() throws IOException {
        write("vn-jp", " date 2024-06 Le Vietnam et le Japon renforcent leurs accords de coopération",
                "Le commerce bilatéral a doublé en cinq ans.");
        IngestReport replaced = TestStores.load(store, List.of(articles.resolve("vn-jp.txt")));
        assertEquals(1, replaced.loaded());
        try (TdbStore opened = TdbStore.open(store)) {
            opened.removeGraphs(List.of(BaseIri.DEFAULT.articleGraph("vn-id")));
        }
        FusekiServer server = start();
        try {
            assertEquals(List.of(), search(server, "investissement"), "the replaced sentence is gone");
            List<Map<String, String>> rows = search(server, "commerce");
            assertEquals(1, rows.size(), rows::toString);
            assertEquals("Le <em>commerce</em> bilatéral a doublé en cinq ans.", rows.get(0).get("match"));
            assertEquals(List.of(), search(server, "sécurité"), "the removed article is gone");
            assertEquals(List.of(), search(server, "indonesien"), "its title too");
        } finally {
            server.stop();
        }
    }

    @Test
    void sparqlUpdatesOnTheAdminServiceKeepTheIndexInStep() {
        FusekiServer server = start();
        try {
            update(server, "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <https://w3id.org/diplokg/ontology#text>"
                    + " \"La pêche illégale inquiète les deux pays.\" } }");
            String find = "PREFIX text: <http://jena.apache.org/text#> SELECT ?s { ?s text:query \"peches\" }";
            assertEquals(List.of(Map.of("s", "urn:test:s")), sparql(server, find));
            update(server, "DROP GRAPH <urn:test:g>");
            assertEquals(List.of(), sparql(server, find));
        } finally {
            server.stop();
        }
    }

    @Test
    void searchWordsThatAreNotLuceneSyntaxAreABadParameter() {
        FusekiServer server = start();
        try {
            String body = expectError(400, "not valid Lucene query syntax", FixtureServer.send(HttpRequest.newBuilder(
                    URI.create(root(server) + "/api/queries/search?q=" + encode("accord (énergie"))).build()));
            assertTrue(body.matches("(?s).*\"query\"\\s*:\\s*\"search\".*"), body);
            // Quoted, the same words are a phrase, which the index does not hold: no rows, no error.
            assertEquals(List.of(), search(server, "\"accord (énergie\""));
        } finally {
            server.stop();
        }
    }

    private static void update(FusekiServer server, String update) {
        String credentials = "admin:" + PASSWORD;
        int status = FixtureServer.send(HttpRequest.newBuilder(URI.create(root(server) + "/kg-admin/update"))
                .header("Content-Type", "application/sparql-update")
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                        credentials.getBytes(StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(update)).build()).statusCode();
        assertTrue(status == 200 || status == 204, "update answered " + status);
    }
}
