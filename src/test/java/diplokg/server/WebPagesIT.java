package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The pages for people over HTTP, on the hand-written fixture: what a browser gets where a client gets data (the
 * editor on /kg/sparql, 404 pages), the query pages, the assets served from the jar, and no page that names a script
 * or a stylesheet on another host.
 */
class WebPagesIT {

    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";
    private static final Pattern ASSET = Pattern.compile("<(?:script|link)[^>]*(?:src|href)=\"([^\"]*)\"");

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

    @Test
    void browsersGetTheEditorOnTheEndpointAndClientsTheServiceDescriptionAndResults() {
        String editor = expect(200, "text/html", server.get("/kg/sparql", BROWSER));
        assertTrue(editor.contains("<textarea id=\"query\" name=\"query\""), editor);
        assertTrue(editor.contains("PREFIX dkg: &lt;https://w3id.org/diplokg/ontology#&gt;"), editor);
        assertTrue(editor.contains("<option value=\"relations-of\""), "saved queries as examples");
        expect(200, "text/turtle", server.get("/kg/sparql", "*/*"));
        String ask = expect(200, "application/sparql-results+json",
                server.get("/kg/sparql?query=" + encode("ASK { ?s ?p ?o }"), "application/sparql-results+json"));
        assertTrue(ask.contains("true"), ask);
        String posted = FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root() + "/kg/sparql"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Accept", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString("query=" + encode("SELECT ?c { ?s <"
                        + "https://w3id.org/diplokg/ontology#iso2> ?c } ORDER BY ?c"))).build()).body();
        assertEquals(List.of("c", "FR", "JP", "VN"), List.of(posted.strip().split("\r?\n")));
    }

    @Test
    void theEditorDeclaresThePrefixesAQueryUsesAndFoldsTheOthers() {
        String editor = expect(200, "text/html", server.get("/kg/sparql", BROWSER));
        String start = textarea(editor);
        assertTrue(start.contains("PREFIX dkg: &lt;https://w3id.org/diplokg/ontology#&gt;"), start);
        assertTrue(start.contains("PREFIX skos: &lt;http://www.w3.org/2004/02/skos/core#&gt;"), start);
        assertEquals(2, start.split("PREFIX ", -1).length - 1, "the first query uses dkg: and skos: only: " + start);
        String folded = editor.substring(editor.indexOf("<details class=\"prefixes\">"));
        assertTrue(folded.contains("PREFIX atype: &lt;https://w3id.org/diplokg/id/agreement-type/&gt;"), folded);
        assertTrue(folded.contains("PREFIX state: &lt;https://w3id.org/diplokg/id/state/&gt;"), folded);
        String given = textarea(expect(200, "text/html",
                server.get("/kg/sparql?edit=" + encode("ASK { <x> dkg:iso2 \"VN\" } # rdfs: in a comment"), BROWSER)));
        assertTrue(given.startsWith("PREFIX dkg: &lt;https://w3id.org/diplokg/ontology#&gt;\n\nASK"), given);
        assertFalse(given.contains("PREFIX rdfs:"), "a comment uses no prefix: " + given);
    }

    private static String textarea(String page) {
        int open = page.indexOf('>', page.indexOf("<textarea id=\"query\"")) + 1;
        return page.substring(open, page.indexOf("</textarea>", open));
    }

    @Test
    void theEditorOpensOnASavedQueryOrOnGivenText() {
        String example = expect(200, "text/html", server.get("/kg/sparql?example=relations-of", BROWSER));
        assertTrue(example.contains("<option value=\"relations-of\"") && example.contains("selected=\"selected\""));
        String edit = expect(200, "text/html", server.get("/kg/sparql?edit=" + encode("ASK { <x> ?p 1 }"), BROWSER));
        assertTrue(edit.contains("ASK { &lt;x&gt; ?p 1 }"), edit);
    }

    @Test
    void unknownPathsAndResourcesAreAPageForBrowsersAndJsonForClients() {
        assertTrue(expect(404, "text/html", server.get("/no/such/page", BROWSER)).contains("<h1>Not found</h1>"));
        expectError(404, "nothing is served at this path", server.get("/no/such/page", "*/*"));
        String page = expect(404, "text/html", server.get("/id/state/ZZ", BROWSER));
        assertTrue(page.contains("The knowledge graph says nothing about this resource."), page);
        expectError(404, "says nothing about this resource", server.get("/id/state/ZZ", "application/json"));
    }

    @Test
    void namesAreTheLabelsThePagesShowAndTheShortFormForWhatHasNone() {
        String id = "https://w3id.org/diplokg/id/";
        String names = expect(200, "application/json", server.get("/api/names?iri=" + encode(id + "state/FR")
                + "&iri=" + encode(id + "state/VN") + "&iri=" + encode(id + "state/ZZ"), "application/json"));
        JsonObject named = JSON.parse(names);
        assertEquals("France", named.getString(id + "state/FR"), names);
        assertEquals("Vietnam", named.getString(id + "state/VN"), "the English label: " + names);
        assertEquals("state:ZZ", named.getString(id + "state/ZZ"), "nothing known: the short form: " + names);
        assertEquals("{}", expect(200, "application/json", server.get("/api/names", "application/json"))
                .replaceAll("\\s", ""));
        StringBuilder many = new StringBuilder("/api/names?iri=x");
        for (int i = 0; i < NamesServlet.MAX_IRIS; i++) {
            many.append("&iri=").append(encode(id + "state/X" + i));
        }
        expectError(400, "at most " + NamesServlet.MAX_IRIS + " IRIs", server.get(many.toString(), "*/*"));
    }

    @Test
    void aQueryPageHasItsFormAndLinksToTheSameAnswerAsCsvAndJson() {
        String page = expect(200, "text/html", server.get("/queries/articles-naming?state=state%3AFR", BROWSER));
        assertTrue(page.contains("<form class=\"query-form\" method=\"get\" action=\"/queries/articles-naming\">"),
                page);
        assertTrue(page.contains("name=\"state\" type=\"text\" value=\"state:FR\" required=\"required\""), page);
        assertTrue(page.contains("href=\"/api/queries/articles-naming?state=state%3AFR&amp;format=csv\""), page);
        assertTrue(page.contains("data-api=\"/api/queries/articles-naming?state=state%3AFR\""), page);
        String graph = expect(200, "text/html", server.get("/queries/relations-of?state=state%3AFR", BROWSER));
        assertTrue(graph.contains("href=\"/api/queries/relations-of?state=state%3AFR&amp;format=ttl\""), graph);
        String missing = expect(404, "text/html", server.get("/queries/search?q=visite", BROWSER));
        assertTrue(missing.contains("This server has no saved query named &#39;search&#39;."), missing);
    }

    @Test
    void theHomePageListsEverySavedQueryAsAFormAndDisablesSearchWithoutTheSearchQuery() {
        String home = expect(200, "text/html", server.get("/", BROWSER));
        for (String query : List.of("articles-naming", "every-triple-pair", "has-article", "relations-of",
                "titles-with")) {
            assertTrue(home.contains("action=\"/queries/" + query + "\""), query);
        }
        assertTrue(home.contains("id=\"search-q\" name=\"q\" type=\"search\" placeholder=\"visite d&#39;État\" "
                + "disabled=\"disabled\""), home);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/queries/relations-of", "/kg/sparql", "/id/state/FR", "/ontology", "/nope"})
    void pagesLoadScriptsAndStylesFromTheServerOnly(String path) {
        String page = server.get(path, BROWSER).body();
        Matcher assets = ASSET.matcher(page);
        int found = 0;
        while (assets.find()) {
            found++;
            assertTrue(assets.group(1).startsWith("/assets/"), path + " loads " + assets.group(1));
            String type = switch (assets.group(1).substring(assets.group(1).lastIndexOf('.') + 1)) {
                case "css" -> "text/css";
                case "svg" -> "image/svg+xml";
                default -> "text/javascript";
            };
            expect(200, type, server.get(assets.group(1)));
        }
        assertTrue(found > 0, "the stylesheet at least");
    }

    @Test
    void worldShapesOfTheMapAreServedFromTheJar() {
        String world = expect(200, "application/json", server.get("/assets/vendor/countries-50m.json"));
        assertTrue(world.startsWith("{\"type\":\"Topology\""), world.substring(0, 40));
        assertTrue(world.contains("\"id\":\"704\""), "Vietnam's shape, by its ISO numeric code");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/assets/none.js", "/assets/..%2Flog4j2.properties", "/assets/Home.JS", "/assets/",
            "/assets/vendor/d3-geo.LICENSE", "/assets/other/home.js"})
    void assetsAreOnlyTheFilesOfTheWebFolder(String path) {
        assertFalse(server.get(path).statusCode() == 200, path);
    }
}
