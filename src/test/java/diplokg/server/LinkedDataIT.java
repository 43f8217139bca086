package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.vocab.BaseIri;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Dereferenceable IRIs, the ontology, VoID, the service description and the dump, over HTTP. */
class LinkedDataIT {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final String DKG = "https://w3id.org/diplokg/ontology#";

    @TempDir
    static Path store;

    private static FixtureServer server;

    @BeforeAll
    static void start() {
        server = FixtureServer.start(store, FixtureServer.settings(store, FixtureServer.TEST_QUERIES));
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static Graph graph(String body, String mediaType) {
        return RDFParser.fromString(body, RDFLanguages.contentTypeToLang(mediaType)).toGraph();
    }

    private static Node iri(String iri) {
        return NodeFactory.createURI(iri);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples"})
    void servesAResourceAtItsIdPathInEachRdfSyntax(String mediaType) {
        HttpResponse<String> response = server.get("/id/state/FR", mediaType);
        Graph graph = graph(expect(200, mediaType, response), mediaType);
        Node france = iri(FixtureServer.ID + "state/FR");
        assertTrue(graph.contains(france, iri(DKG + "iso2"), NodeFactory.createLiteralString("FR")));
        assertTrue(graph.contains(iri(FixtureServer.ID + "relation/FR-VN"), iri(DKG + "partner"), france),
                "incoming links are part of the description");
        assertEquals("Accept", response.headers().firstValue("Vary").orElse(""));
    }

    @Test
    void answersTurtleDirectlyWithoutRedirectToAClientThatAcceptsAnything() {
        expect(200, "text/turtle", server.get("/id/state/FR", "*/*"));
        expect(200, "text/turtle", server.get("/id/state/FR"));
    }

    @Test
    void includesTheLabelsOfLinkedResourcesAndTheEvidenceOfFactsAboutIt() {
        Graph graph = graph(expect(200, "text/turtle", server.get("/id/person/luong-cuong", "text/turtle")),
                "text/turtle");
        Node position = iri(FixtureServer.ID + "position/luong-cuong/president/VN");
        Node sentence = iri(FixtureServer.ID + "article/a1/sentence/0");
        assertTrue(graph.contains(position, iri(DKG + "evidence"), sentence));
        assertTrue(graph.contains(sentence, iri(DKG + "text"), Node.ANY));
        assertTrue(graph.contains(iri(FixtureServer.ID + "article/a1"), iri(DKG + "title"), Node.ANY));
    }

    @Test
    void writesJsonLdWithACompactContextOfTheDkgVocabulary() {
        String body = expect(200, "application/ld+json", server.get("/id/state/FR", "application/ld+json"));
        assertTrue(body.contains("\"@context\""), body);
        assertTrue(body.contains("\"dkg\" : \"" + DKG + "\"") || body.contains("\"dkg\": \"" + DKG + "\""), body);
        assertTrue(body.contains("\"skos:prefLabel\""), body);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json"})
    void declaresDiplokgsPrefixesOnlyNotTheStoresVersionCounter(String mediaType) {
        // The fixture was written through TdbStore, which keeps the change log's version in TDB2's prefix table.
        String body = expect(200, mediaType, server.get("/id/state/FR", mediaType));
        assertFalse(body.contains("patch-version"), body);
        assertTrue(body.contains("https://w3id.org/diplokg/id/state/"), "the state: prefix is still declared");
    }

    /** What Fuseki answers itself: a DESCRIBE on the endpoint and a graph of the graph store. */
    private static final List<String> FUSEKI_GRAPHS = List.of(
            "/kg/sparql?query=" + encode("DESCRIBE <" + FixtureServer.ID + "state/FR>"),
            "/kg/get?graph=" + encode("https://w3id.org/diplokg/graph/reference"));

    @Test
    void fusekisDescribeAndGraphStoreDeclareTheResourcePagesPrefixesNotTheStoresVersionCounter() {
        Map<String, String> page = RDFParser.fromString(expect(200, "text/turtle",
                server.get("/id/state/FR", "text/turtle")), Lang.TURTLE).toModel().getNsPrefixMap();
        assertEquals(FixtureServer.ID + "state/", page.get("state"), page.toString());
        for (String path : FUSEKI_GRAPHS) {
            String body = expect(200, "text/turtle", server.get(path, "text/turtle"));
            assertFalse(body.contains("patch-version"), path + "\n" + body);
            assertTrue(body.contains("state:FR"), path + "\n" + body);
            assertEquals(page, RDFParser.fromString(body, Lang.TURTLE).toModel().getNsPrefixMap(), path);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/state/FR", "/kg/sparql?query=DESCRIBE+%3Chttps%3A%2F%2Fw3id.org%2Fdiplokg%2Fid%2F"
            + "state%2FFR%3E", "/kg/get?graph=https%3A%2F%2Fw3id.org%2Fdiplokg%2Fgraph%2Freference"})
    void writesJsonLdWithTheTurtlePrefixOfEachIriNotTheShortestNamespaceThatHoldsIt(String path) {
        // id: holds state:; JSON-LD compaction alone wrote "id:state/FR" where Turtle writes state:FR.
        String body = expect(200, "application/ld+json", server.get(path, "application/ld+json"));
        assertTrue(Pattern.compile("\"@id\"\\s*:\\s*\"state:FR\"").matcher(body).find(), body);
        assertFalse(body.contains("id:state/"), body);
        assertFalse(body.contains("patch-version"), body);
        Graph graph = graph(body, "application/ld+json");
        assertTrue(graph.contains(iri(FixtureServer.ID + "state/FR"), iri(DKG + "iso2"), Node.ANY), body);
    }

    @Test
    void servesAnHtmlPageToBrowsersTitledWithTheEnglishLabel() {
        String page = expect(200, "text/html", server.get("/id/state/VN", BROWSER));
        assertTrue(page.contains("<title>Vietnam – diplokg</title>"), page);
        assertTrue(page.contains("<a href=\"/id/relation/FR-VN\">FR – VN</a>"), page);
        assertTrue(page.contains("href=\"/ontology#State\""), "types link to the ontology page");
        assertTrue(page.contains("href=\"/kg/sparql?edit=DESCRIBE+%3C" + encode(FixtureServer.ID + "state/VN")
                .replace("%3A", "%3A") + "%3E\""), page);
    }

    @Test
    void namesEachTypeOnceByItsEnglishLabelLeavingOutTheSuperclassesOfAnother() {
        // A person is a dkg:Person and a foaf:Person, a state a dkg:State and a schema:Country: the ontology makes
        // the second a superclass of the first, which says it.
        assertEquals("<a href=\"/ontology#Person\">person</a>",
                types(expect(200, "text/html", server.get("/id/person/luong-cuong", BROWSER))));
        assertEquals("<a href=\"/ontology#State\">state</a>",
                types(expect(200, "text/html", server.get("/id/state/VN", BROWSER))));
    }

    @Test
    void marksTheLanguageOfEachLabelSoThatTwoAlikeAreToldApart() {
        String page = expect(200, "text/html", server.get("/id/state/VN", BROWSER));
        assertTrue(page.contains("<span lang=\"en\">Vietnam</span>\n<span class=\"muted\"> (en)</span>"), page);
        assertTrue(page.contains("<span lang=\"fr\">Viêt Nam</span>\n<span class=\"muted\"> (fr)</span>"), page);
    }

    private static String types(String page) {
        int start = page.indexOf("<p>Types: ") + "<p>Types: ".length();
        return page.substring(start, page.indexOf("</p>", start)).strip();
    }

    @Test
    void servesAResourceWhoseIriHasNonAsciiLetters() {
        String path = "/id/organization/" + encode("hội-đồng");
        String page = expect(200, "text/html", server.get(path, "text/html"));
        assertTrue(page.contains("<title>Hội đồng – diplokg</title>"), page);
        Graph graph = graph(expect(200, "text/turtle", server.get(path, "text/turtle")), "text/turtle");
        assertTrue(graph.contains(iri(FixtureServer.ID + "organization/hội-đồng"), RDFS.label.asNode(), Node.ANY));
    }

    @Test
    void titlesAStateLabelledInEnglishOnly() {
        assertTrue(expect(200, "text/html", server.get("/id/state/JP", "text/html"))
                .contains("<title>Japan – diplokg</title>"));
    }

    @Test
    void showsTheEvidenceSentencesAndSourceArticlesOnThePage() {
        String page = expect(200, "text/html", server.get("/id/position/luong-cuong/president/VN", BROWSER));
        assertTrue(page.contains("Le président Lương Cường a reçu son homologue français à Hanoï."), page);
        assertTrue(page.contains("<a href=\"/id/article/a1\">Le Viêt Nam et la France &lt;b&gt;renforcent&lt;/b&gt;"
                + " leur partenariat &amp; &quot;plus&quot;</a>"), page);
    }

    @Test
    void escapesMarkupFromTheStoreInPages() {
        String page = expect(200, "text/html", server.get("/id/partnership/a1-0", BROWSER));
        assertTrue(page.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;"), page);
        assertFalse(page.contains("<script>"), page);
        assertFalse(expect(200, "text/html", server.get("/id/article/a1", BROWSER)).contains("<b>"));
    }

    @Test
    void honoursWeightsAmongSeveralAcceptedTypes() {
        expect(200, "application/n-triples",
                server.get("/id/state/FR", "text/turtle;q=0.5, application/n-triples, text/html;q=0.9"));
        expect(200, "application/ld+json", server.get("/id/state/FR", "application/ld+json;q=0.8, text/*;q=0.3"));
        expect(200, "text/html", server.get("/id/state/FR", "text/turtle;q=0, text/*"));
        expectError(406, "none of the accepted", server.get("/id/state/FR", "application/pdf"));
    }

    @Test
    void answers404ForAResourceTheStoreDoesNotKnow() {
        expectError(404, "says nothing about this resource", server.get("/id/state/ZZ", "text/turtle"));
        expectError(404, "no resource", server.get("/id/", "text/turtle"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/id/state/VN%3E%20%3Fp%20%3Fo", "/id/x%22%20UNION", "/id/a%20b", "/id/%7Bx%7D"})
    void answers404ForAPathThatIsNotAResourceIri(String path) {
        assertEquals(404, server.get(path, "text/turtle").statusCode());
    }

    @Test
    void servesTheOntologyPageWithAnAnchorPerTermAndFrenchAndEnglishLabels() {
        String page = expect(200, "text/html", server.get("/ontology", BROWSER));
        assertTrue(page.contains("<section id=\"Article\">"), "class anchor");
        assertTrue(page.contains("<section id=\"mentionsState\">"), "object property anchor");
        assertTrue(page.contains("<section id=\"title\">"), "datatype property anchor");
        assertTrue(page.contains("<p lang=\"fr\">mentionne l&#39;État</p>"), page);
        assertTrue(page.contains("<p lang=\"en\">mentions state</p>"));
        assertTrue(page.contains("<section id=\"scheme-levels\">"), "concept scheme anchor");
        assertTrue(page.contains("<a href=\"/id/level/comprehensive-strategic-partnership\">"), "concept link");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples"})
    void servesTheOntologyAsRdfByContentNegotiation(String mediaType) {
        Graph ontology = graph(expect(200, mediaType, server.get("/ontology", mediaType)), mediaType);
        assertTrue(ontology.contains(iri(DKG + "Article"), RDFS.label.asNode(),
                NodeFactory.createLiteralLang("article", "en")));
        assertTrue(ontology.contains(iri(FixtureServer.ID + "scheme/levels"), Node.ANY, Node.ANY));
        assertFalse(ontology.contains(iri(FixtureServer.ID + "state/VN"), Node.ANY, Node.ANY),
                "states are resources, not ontology terms");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json"})
    void describesTheDatasetInVoidWithCountsFromTheStore(String mediaType) {
        Graph graph = graph(expect(200, mediaType, server.get("/.well-known/void", mediaType)), mediaType);
        String sparql = """
                PREFIX void: <http://rdfs.org/ns/void#>
                PREFIX dkg:  <https://w3id.org/diplokg/ontology#>
                SELECT ?triples ?entities ?endpoint ?dump ?articles ?partners {
                  ?d a void:Dataset ; void:triples ?triples ; void:entities ?entities ;
                     void:sparqlEndpoint ?endpoint ; void:dataDump ?dump ;
                     void:classPartition [ void:class dkg:Article ; void:entities ?articles ] ;
                     void:propertyPartition [ void:property dkg:partner ; void:triples ?partners ] .
                }""";
        QuerySolution row = QueryExecution.create(sparql, ModelFactory.createModelForGraph(graph)).execSelect().next();
        // The fixture's graphs and the knowledge graph derived from them, 49 triples: 29 of its two articles'
        // relations, people and happenings, and 20 of tallies (7 of the store summary, an entity of its own; 3 per
        // state named; 4 for the one person named).
        assertEquals("153 21 2 4", row.getLiteral("triples").getLong() + " " + row.getLiteral("entities").getLong()
                + " " + row.getLiteral("articles").getLong() + " " + row.getLiteral("partners").getLong());
        assertEquals(server.root() + "/kg/sparql", row.getResource("endpoint").getURI());
        assertEquals(server.root() + "/dumps/diplokg.nq.gz", row.getResource("dump").getURI());
        assertTrue(graph.contains(Node.ANY, RDFS.seeAlso.asNode(), iri(server.root() + "/api/queries/titles-with")));
    }

    @Test
    void answersAParameterlessGetOnTheSparqlEndpointWithItsServiceDescription() {
        Graph graph = graph(expect(200, "text/turtle", server.get("/kg/sparql", "text/turtle")), "text/turtle");
        String sd = "http://www.w3.org/ns/sparql-service-description#";
        assertTrue(graph.contains(Node.ANY, iri(sd + "endpoint"), iri(server.root() + "/kg/sparql")));
        assertTrue(graph.contains(Node.ANY, iri(sd + "feature"), iri(sd + "UnionDefaultGraph")));
        expect(200, "text/csv", server.get("/kg/sparql?query=" + encode("ASK {}"), "text/csv"));
    }

    @Test
    void streamsEveryNamedGraphAsGzippedNQuads() throws IOException {
        HttpResponse<byte[]> response = sendBytes("/dumps/diplokg.nq.gz");
        assertEquals(200, response.statusCode());
        assertEquals("application/gzip", FixtureServer.mediaType(response));
        DatasetGraph dump = DatasetGraphFactory.createTxnMem();
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(response.body()))) {
            RDFDataMgr.read(dump, in, Lang.NQUADS);
        }
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(FixtureServer.FIXTURE.toString());
        assertEquals(fixture.size() + 1, dump.size(), "the fixture's graphs and the knowledge graph");
        assertTrue(dump.containsGraph(NodeFactory.createURI(BaseIri.DEFAULT.knowledgeGraph())));
        fixture.listGraphNodes().forEachRemaining(name ->
                assertTrue(fixture.getGraph(name).isIsomorphicWith(dump.getGraph(name)), name.getURI()));
    }

    @Test
    void letsAnyOriginReadThePublicPaths() {
        for (String path : new String[] {"/kg/sparql?query=" + encode("ASK {}"), "/api/queries", "/id/state/FR",
                "/ontology", "/.well-known/void"}) {
            HttpResponse<String> response = FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root() + path))
                    .header("Origin", "https://example.org").build());
            assertEquals(200, response.statusCode(), path);
            String allowed = response.headers().firstValue("Access-Control-Allow-Origin").orElse("");
            assertTrue(allowed.equals("*") || allowed.equals("https://example.org"), path + ": " + allowed);
            assertEquals("false", response.headers().firstValue("Access-Control-Allow-Credentials").orElse("false"));
        }
    }

    @Test
    void plainJsonGetsJsonLdAndAFormatParameterWinsOverTheHeader() {
        String jsonld = expect(200, "application/ld+json", server.get("/id/state/FR", "application/json"));
        assertTrue(jsonld.contains("@"), jsonld);
        expect(200, "application/n-triples", server.get("/id/state/FR?format=nt", BROWSER));
        expect(200, "text/html", server.get("/id/state/FR?format=html", "text/turtle"));
        expectError(400, "format 'csv' is not available here", server.get("/id/state/FR?format=csv", BROWSER));
    }

    private static HttpResponse<byte[]> sendBytes(String path) throws IOException {
        try {
            return FixtureServer.HTTP.send(HttpRequest.newBuilder(URI.create(server.root() + path)).build(),
                    HttpResponse.BodyHandlers.ofByteArray());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
