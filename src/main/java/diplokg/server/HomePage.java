package diplokg.server;

import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import java.util.Map;
import org.apache.jena.shared.PrefixMapping;

/**
 * The home page at {@code /}: what the graph holds, the partner network, the timeline of partnership levels and
 * visits, where events took place, a search box, and every saved query as a form. The figures are drawn in the
 * browser by {@code home.js} from the saved queries' JSON ({@code overview}, {@code partner-network},
 * {@code partnership-timeline}, {@code events-between}, {@code events-by-place}), so that the page shows what the
 * queries answer and follows them when they change; each figure has a text alternative (a table or a list). The
 * map of where events took place is drawn on world-atlas's shapes with d3-geo, served from {@code /assets/vendor/}.
 */
final class HomePage {

    /** The saved query that the search box runs, with its parameter {@code q}. */
    static final String SEARCH = "search";

    private final SavedQueryCatalog catalog;
    private final PrefixMapping prefixes;

    HomePage(SavedQueryCatalog catalog, PrefixMapping prefixes) {
        this.catalog = catalog;
        this.prefixes = prefixes;
    }

    String render() {
        Html html = new Html().page("diplokg – Vietnam's foreign relations in the news", "en");
        html.element("h1", "Vietnam's foreign relations, from the news");
        html.element("p", "A knowledge graph built from French-language news articles: who met whom, where and when,"
                + " which partnership level Vietnam holds with each state, and the sentence that says so.", "class",
                "lead");
        search(html);
        html.open("section", "id", "overview", "aria-labelledby", "overview-title")
                .element("h2", "What the graph holds", "id", "overview-title")
                .open("dl", "id", "counts", "class", "counts").close("dl").close("section");
        figure(html, "network", "Partner network",
                "Vietnam at the centre; each partner is a circle coloured by the highest partnership level the"
                        + " articles state and sized by the number of its events with Vietnam.");
        figure(html, "timeline", "Timeline of partnership levels and visits",
                "Levels announced (above the axis) and visits (below), by date.");
        figure(html, "places", "Where events took place",
                "A world map: each state shaded by the number of events held there, Vietnam outlined in red; a"
                        + " click opens the state's page. States only: the ontology has no coordinates for"
                        + " cities, so the cities are listed in the text version, not drawn.");
        queries(html);
        // d3-geo needs d3-array before it; both, topojson-client and the world's shapes come from npm at build time.
        html.tables(prefixes).script("vendor/d3-array.min.js").script("vendor/d3-geo.min.js")
                .script("vendor/topojson-client.min.js").script("home.js");
        return html.end();
    }

    /**
     * The search box, which runs the saved query {@value #SEARCH}; while the server has no such query (full-text
     * search not installed) the box is disabled and says so, rather than leading to an error.
     */
    private void search(Html html) {
        boolean available = catalog.all().stream().anyMatch(query -> query.name().equals(SEARCH));
        String disabled = available ? null : "disabled";
        html.open("form", "role", "search", "method", "get", "action", QueryPageServlet.PATH + "/" + SEARCH)
                .open("label", "for", "search-q").text("Search the articles").close("label")
                .open("input", "id", "search-q", "name", "q", "type", "search", "placeholder", "visite d'État",
                        "disabled", disabled, "aria-describedby", available ? null : "search-missing")
                .open("button", "type", "submit", "disabled", disabled).text("Search").close("button");
        if (!available) {
            html.element("p", "Full-text search is not installed on this server yet (no saved query '" + SEARCH
                    + "').", "id", "search-missing", "class", "muted");
        }
        html.close("form");
    }

    /** A section holding a figure the script draws, its caption, and a text alternative the script fills. */
    private static void figure(Html html, String id, String title, String caption) {
        html.open("section", "id", id, "aria-labelledby", id + "-title").element("h2", title, "id", id + "-title")
                .open("figure").open("div", "class", "chart", "id", id + "-chart").close("div")
                .element("figcaption", caption).close("figure")
                .open("details", "id", id + "-text").element("summary", title + " as text")
                .close("details").close("section");
    }

    private void queries(Html html) {
        html.open("section", "id", "queries", "aria-labelledby", "queries-title")
                .element("h2", "Ask the saved queries", "id", "queries-title")
                .element("p", "Each query answers as a table, with CSV and JSON downloads and a URL to share.");
        for (SavedQuery query : catalog.all()) {
            html.open("details", "class", "query").open("summary").open("strong").text(query.name()).close("strong")
                    .text(" – " + query.summary()).close("summary");
            QueryForm.write(html, query, Map.of());
            html.close("details");
        }
        html.close("section");
    }
}
