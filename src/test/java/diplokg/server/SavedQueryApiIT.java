package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.RDFLanguages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The saved-query API over HTTP: listing, runs with typed parameters, content negotiation, errors, injection. */
class SavedQueryApiIT {

    private static final String VN = "https://w3id.org/diplokg/id/state/VN";
    private static final String A1 = FixtureServer.ID + "article/a1";
    private static final String A2 = FixtureServer.ID + "article/a2";

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

    private static String csv(String path) {
        return expect(200, "text/csv", server.get(path, "text/csv"));
    }

    @Test
    void listsEveryQueryWithItsTypedParameters() {
        JsonObject listing = JSON.parse(expect(200, "application/json", server.get("/api/queries")));
        JsonArray queries = listing.get("queries").getAsArray();
        assertEquals(List.of("articles-naming", "every-triple-pair", "has-article", "relations-of", "titles-with"),
                queries.stream().map(q -> q.getAsObject().getString("name")).toList());
        JsonObject titles = queries.get(4).getAsObject();
        assertEquals("Articles whose title contains a word", titles.getString("summary"));
        assertEquals("[\"articles\"]", titles.get("tags").toString().replaceAll("\\s", ""));
        assertEquals("/api/queries/titles-with", titles.getString("path"));
        JsonArray parameters = titles.get("parameters").getAsArray();
        assertEquals("word string true null", describe(parameters.get(0).getAsObject()));
        assertEquals("minSentences integer false 1", describe(parameters.get(1).getAsObject()));
        assertEquals("state iri true null",
                describe(queries.get(0).getAsObject().get("parameters").getAsArray().get(0).getAsObject()));
    }

    private static String describe(JsonObject parameter) {
        JsonValue defaultValue = parameter.get("default");
        return parameter.getString("name") + " " + parameter.getString("type") + " "
                + parameter.get("required").getAsBoolean().value() + " "
                + (defaultValue == null ? "null" : defaultValue.getAsString().value());
    }

    @Test
    void runsASelectQueryWithAnIriParameterBoundAsATerm() {
        assertEquals("article,title,month\r\n" + A1 + ",\"Le Viêt Nam et la France <b>renforcent</b> leur"
                + " partenariat & \"\"plus\"\"\",2024-10\r\n" + A2 + ",Le Japon et le Viêt Nam célèbrent cinquante"
                + " ans de relations,2023-09\r\n", csv("/api/queries/articles-naming?state=" + encode(VN)));
    }

    @Test
    void usesTheDefaultOfAnOptionalParameterAndAcceptsAnIntegerOne() {
        assertEquals(2, rows(csv("/api/queries/titles-with?word=VI%C3%8AT")));
        assertEquals(1, rows(csv("/api/queries/titles-with?word=vi%C3%AAt&minSentences=2")));
    }

    private static long rows(String csv) {
        return csv.lines().count() - 1;
    }

    @Test
    void answersSparqlResultsJsonWhenTheClientAcceptsAnything() {
        String path = "/api/queries/has-article?id=a1";
        assertTrue(expect(200, "application/sparql-results+json", server.get(path, "*/*")).contains("true"));
        assertTrue(expect(200, "application/sparql-results+json", server.get(path)).contains("true"));
        String browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
        expect(200, "application/sparql-results+json", server.get(path, browser));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"application/sparql-results+json", "application/sparql-results+xml", "text/csv",
            "text/tab-separated-values"})
    void answersRowsInEachSparqlResultFormat(String mediaType) {
        String body = expect(200, mediaType,
                server.get("/api/queries/articles-naming?state=" + encode(VN), mediaType));
        assertTrue(body.contains(A1) && body.contains(A2), body);
    }

    @Test
    void prefersTheHighestWeightAmongSeveralAcceptedTypes() {
        String accept = "application/sparql-results+xml;q=0.5, text/tab-separated-values;q=0.9, text/csv;q=0.1";
        expect(200, "text/tab-separated-values", server.get("/api/queries/has-article?id=a1", accept));
        expect(200, "text/csv", server.get("/api/queries/has-article?id=a1", "text/*;q=0.2, text/csv"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"text/turtle", "application/ld+json", "application/n-triples"})
    void answersAGraphQueryInEachRdfSyntax(String mediaType) {
        String body = expect(200, mediaType, server.get("/api/queries/relations-of?state=" + encode(VN), mediaType));
        Graph expected = RDFParser.fromString("""
                PREFIX dkg:  <https://w3id.org/diplokg/ontology#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                PREFIX id:   <https://w3id.org/diplokg/id/>
                <https://w3id.org/diplokg/id/relation/FR-VN> dkg:partner <https://w3id.org/diplokg/id/state/FR> .
                <https://w3id.org/diplokg/id/relation/JP-VN> dkg:partner <https://w3id.org/diplokg/id/state/JP> .
                <https://w3id.org/diplokg/id/state/FR> skos:prefLabel "France"@fr , "France"@en .
                <https://w3id.org/diplokg/id/state/JP> skos:prefLabel "Japan"@en .
                """, Lang.TURTLE).toGraph();
        Graph answer = RDFParser.fromString(body, RDFLanguages.contentTypeToLang(mediaType)).toGraph();
        assertTrue(expected.isIsomorphicWith(answer), body);
    }

    @Test
    void answersTurtleForAGraphQueryByDefault() {
        expect(200, "text/turtle", server.get("/api/queries/relations-of?state=" + encode(VN), "*/*"));
    }

    @Test
    void answers404NamingTheKnownQueriesForAnUnknownOne() {
        String body = expectError(404, "unknown query 'nope'", server.get("/api/queries/nope"));
        assertTrue(body.contains("\"known\"") && body.contains("titles-with"), body);
    }

    @Test
    void answers400NamingTheMissingRequiredParameter() {
        String body = expectError(400, "needs parameter 'state' (iri)", server.get("/api/queries/articles-naming"));
        assertTrue(body.contains("\"query\" : \"articles-naming\""), body);
    }

    @Test
    void answers400ForAValueOfTheWrongType() {
        expectError(400, "parameter 'minSentences' must be an integer, got 'two'",
                server.get("/api/queries/titles-with?word=a&minSentences=two"));
        expectError(400, "parameter 'state' is neither an IRI nor a state: 'Atlantide'",
                server.get("/api/queries/articles-naming?state=Atlantide"));
        expectError(400, "parameter 'state' is neither an IRI nor a state",
                server.get("/api/queries/articles-naming?state=XX"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"VN", "vn", "state:VN", "Vi%C3%AAt%20Nam", "Vietnam"})
    void aStateMayBeWrittenByItsCodeOrItsNameAsOnTheCommandLine(String written) {
        assertEquals(csv("/api/queries/articles-naming?state=" + encode(VN)),
                csv("/api/queries/articles-naming?state=" + written));
    }

    @Test
    void aValueTooLongToRepeatInTheLinkHeaderIsA400NotADroppedConnection() {
        // 6,000 characters fit Jetty's 8 KiB for a URL, but not twice in a Link header.
        expectError(400, "parameter 'word' is 6000 characters long; a value may have at most 1000",
                server.get("/api/queries/titles-with?word=" + "a".repeat(6000)));
    }

    @Test
    void answers400ForAnUnknownOrRepeatedParameter() {
        expectError(400, "has no parameter 'limit'", server.get("/api/queries/has-article?id=a1&limit=3"));
        expectError(400, "parameter 'id' is given 2 times", server.get("/api/queries/has-article?id=a1&id=a2"));
    }

    @Test
    void plainJsonIsAnsweredInTheQueryFormsJsonFormat() {
        JsonObject rows = JSON.parse(expect(200, "application/sparql-results+json",
                server.get("/api/queries/has-article?id=a1", "application/json")));
        assertTrue(rows.hasKey("boolean"), rows.toString());
        String graph = expect(200, "application/ld+json",
                server.get("/api/queries/relations-of?state=" + encode(VN), "application/json"));
        assertTrue(graph.contains("@"), graph);
    }

    @Test
    void aFormatParameterNamesTheFormatWhateverTheHeaderAndIsNoQueryParameter() {
        String csv = expect(200, "text/csv", server.get("/api/queries/has-article?id=a1&format=csv", "*/*"));
        assertEquals("_askResult", csv.lines().findFirst().orElseThrow().strip(), csv);
        expect(200, "application/n-triples",
                server.get("/api/queries/relations-of?state=" + encode(VN) + "&format=NT", "application/json"));
        String body = expectError(400, "format 'yaml' is not available here",
                server.get("/api/queries/has-article?id=a1&format=yaml", "*/*"));
        assertTrue(body.contains("\"csv\"") && !body.contains("\"ttl\""), body);
        expectError(400, "format 'ttl' is not available here",
                server.get("/api/queries/has-article?id=a1&format=ttl", "*/*"));
    }

    @Test
    void answers406WhenNoAcceptedTypeFitsTheQueryForm() {
        String body = expectError(406, "none of the accepted media types",
                server.get("/api/queries/relations-of?state=" + encode(VN), "text/csv"));
        assertTrue(body.contains("text/turtle"), body);
        expectError(406, "none of the accepted", server.get("/api/queries/has-article?id=a1", "image/png"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"x\")) } UNION { ?s ?p ?o } #", "viêt\" || true || \"", "}\n} UNION {\n?s ?p ?o",
            "UNION", "' ; DROP ALL ; '"})
    void keepsInjectedStringsInsideOneLiteral(String word) {
        String before = triples();
        assertEquals(0, rows(csv("/api/queries/titles-with?word=" + encode(word))));
        assertEquals("false", expect(200, "text/csv",
                server.get("/api/queries/has-article?id=" + encode(word), "text/csv")).lines().toList().get(1));
        assertEquals(before, triples());
    }

    @Test
    void anIriThatNamesNothingTheStoreHoldsIsA400AndAShortFormIsTheFullIri() {
        expectError(400, "parameter 'state' names nothing the store holds: https://w3id.org/diplokg/id/state/XX",
                server.get("/api/queries/articles-naming?state=" + encode("https://w3id.org/diplokg/id/state/XX")));
        assertEquals(csv("/api/queries/articles-naming?state=" + encode(VN)),
                csv("/api/queries/articles-naming?state=state:VN"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {VN + "> } UNION { ?s ?p ?o } #", VN + ">", "https://w3id.org/x y", "<" + VN + ">",
            VN + "\n"})
    void refusesAnIriParameterThatIsNotOneIri(String iri) {
        expectError(400, "parameter 'state'", server.get("/api/queries/articles-naming?state=" + encode(iri)));
    }

    private static String triples() {
        return expect(200, "text/csv", server.get("/kg/sparql?query=" + encode("SELECT (COUNT(*) AS ?n) "
                + "{ GRAPH ?g { ?s ?p ?o } }"), "text/csv"));
    }

    @Test
    void answersInPagesOfTheQuerysPaginationLinkedByTheLinkHeader() {
        HttpResponse<String> first = server.get("/api/queries/every-triple-pair?format=csv", "*/*");
        assertEquals(4000, rows(expect(200, "text/csv", first)));
        assertEquals("</api/queries/every-triple-pair?format=csv&page=1>; rel=\"first\", "
                + "</api/queries/every-triple-pair?format=csv&page=2>; rel=\"next\"",
                first.headers().firstValue("Link").orElseThrow());
        HttpResponse<String> second = server.get("/api/queries/every-triple-pair?page=2", "text/csv");
        assertEquals(4000, rows(expect(200, "text/csv", second)));
        assertTrue(second.headers().firstValue("Link").orElseThrow().contains("page=1>; rel=\"prev\""));
        assertNotEquals(first.body(), second.body());
        expectError(400, "parameter 'page' must be a page number from 1, got '0'",
                server.get("/api/queries/every-triple-pair?page=0"));
    }

    @Test
    void aPageThatIsNotFullHasNoNextLink() {
        HttpResponse<String> response = server.get("/api/queries/articles-naming?state=" + encode(VN), "text/csv");
        assertEquals("</api/queries/articles-naming?state=" + encode(VN) + "&page=1>; rel=\"first\"",
                response.headers().firstValue("Link").orElseThrow());
    }

    @Test
    void describesEachSavedQueryAsAnOpenApiOperation() {
        JsonObject document = JSON.parse(expect(200, "application/json", server.get("/api/openapi.json")));
        assertEquals("3.0.3", document.getString("openapi"));
        JsonObject paths = document.get("paths").getAsObject();
        assertEquals(List.of("/api/queries", "/api/queries/articles-naming", "/api/queries/every-triple-pair",
                "/api/queries/has-article", "/api/queries/relations-of", "/api/queries/titles-with"),
                paths.keys().stream().sorted().collect(Collectors.toList()));
        JsonObject operation = paths.get("/api/queries/titles-with").getAsObject().get("get").getAsObject();
        JsonObject minSentences = operation.get("parameters").getAsArray().get(1).getAsObject();
        assertEquals("{\"type\":\"integer\",\"default\":1}",
                minSentences.get("schema").toString().replaceAll("\\s", ""));
        assertEquals(List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"), List.copyOf(operation.get("responses").getAsObject().get("200")
                .getAsObject().get("content").getAsObject().keys()));
    }
}
