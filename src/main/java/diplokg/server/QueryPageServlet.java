package diplokg.server;

import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import diplokg.queries.UnknownQueryException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.shared.PrefixMapping;

/**
 * {@code GET /queries/{name}?param=value}: the page of one saved query for people: its summary and description, its
 * form filled with the values asked for, links to the same answer as CSV and JSON ({@code /api/queries/{name}} with
 * the same parameters), and the answer as a table, which the page's script fetches from the API as JSON, so that
 * the page shows exactly what the API answers. The URL of the page is the URL to share. An unknown name is a 404
 * page listing the queries there are.
 */
final class QueryPageServlet extends HttpServlet {

    /** Where the query pages are served. */
    static final String PATH = "/queries";

    private final transient SavedQueryCatalog catalog;
    private final transient PrefixMapping prefixes;

    QueryPageServlet(SavedQueryCatalog catalog, PrefixMapping prefixes) {
        this.catalog = catalog;
        this.prefixes = prefixes;
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        SavedQuery query;
        try {
            query = catalog.get(name);
        } catch (UnknownQueryException e) {
            ErrorPage.send(request, response, ErrorReply.of(HttpServletResponse.SC_NOT_FOUND,
                    "this server has no saved query named '" + name + "'").with("known queries",
                    String.join(", ", catalog.all().stream().map(SavedQuery::name).toList())));
            return;
        }
        GraphReply.sendPage(response, HttpServletResponse.SC_OK, render(query, request));
    }

    private String render(SavedQuery query, HttpServletRequest request) {
        Map<String, String> values = new LinkedHashMap<>();
        request.getParameterMap().forEach((key, given) -> values.put(key, given[0]));
        String api = QueryListing.PATH + "/" + query.name()
                + (request.getQueryString() == null ? "" : "?" + request.getQueryString());
        String join = api.contains("?") ? "&" : "?";
        Html html = new Html().page(query.name() + " – diplokg", "en");
        html.open("h1").text("Saved query ").open("code").text(query.name()).close("code").close("h1");
        html.element("p", query.summary(), "class", "lead").element("p", query.description(), "class", "muted");
        QueryForm.write(html, query, values);
        // Rows download as CSV and JSON, graphs (CONSTRUCT, DESCRIBE) as Turtle and JSON-LD.
        boolean rows = query.query().isSelectType() || query.query().isAskType();
        html.open("p", "class", "downloads").text("This answer as ")
                .link(api + join + (rows ? "format=csv" : "format=ttl"), rows ? "CSV" : "Turtle").text(" · ")
                .link(api + join + (rows ? "format=json" : "format=jsonld"), rows ? "JSON" : "JSON-LD").text(" · ")
                .link("/kg/sparql?example=" + query.name(), "open in the SPARQL editor").close("p");
        html.open("div", "id", "results", "data-api", api, "data-form", rows ? "rows" : "graph", "data-captions",
                        captions(query), "aria-live", "polite")
                .element("p", "Loading the answer…", "class", "muted").close("div");
        html.tables(prefixes).script("query.js");
        return html.end();
    }

    /** The columns' captions in words, by variable ({@link ColumnCaption}), for the page's script: JSON. */
    private static String captions(SavedQuery query) {
        JsonObject captions = new JsonObject();
        if (query.query().isSelectType()) {
            ColumnCaption.of(query.query().getResultVars()).forEach(captions::put);
        }
        return JSON.toStringFlat(captions);
    }
}
