package diplokg.server;

import diplokg.queries.QueryParameterException;
import diplokg.queries.QueryRunner;
import diplokg.queries.SavedQuery;
import diplokg.queries.SavedQueryCatalog;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.shared.PrefixMapping;

/**
 * The SPARQL editor a browser gets at {@code /kg/sparql}: a text area holding a query with the PREFIX lines it uses
 * ({@link QueryPrologue}), the saved queries as examples (with their default parameters bound, so that each runs as
 * it is), every prefix the tables use folded below, and a Run button (also Ctrl+Enter) that sends the query to the
 * same endpoint by POST, as any SPARQL client does, and shows the rows as a table ({@code editor.js}, which first
 * declares the known prefixes a query uses and lacks). Protocol clients never see this page: they send
 * {@code query=} or accept no HTML.
 */
final class EditorPage {

    /** What the editor holds when it opens on nothing else: the states and their English names, as the pages. */
    private static final String FIRST_QUERY = """
            SELECT ?state ?code ?label WHERE {
              ?state a dkg:State ;
                     dkg:iso2 ?code ;
                     skos:prefLabel ?label .
              FILTER(langMatches(lang(?label), "en"))
            } ORDER BY ?code LIMIT 20
            """;

    /** What a new query starts with: the ontology's prefix, the labels', RDF's, and the states'. */
    private static final List<String> COMMON = List.of("dkg", "rdf", "rdfs", "skos", "state", "xsd");
    private static final Pattern PREFIX_LINE = Pattern.compile("(?im)^PREFIX\\s[^\\n]*\\n");

    private final SavedQueryCatalog catalog;
    private final PrefixMapping prefixes;

    EditorPage(SavedQueryCatalog catalog, PrefixMapping prefixes) {
        this.catalog = catalog;
        this.prefixes = prefixes;
    }

    /**
     * The editor holding {@code text} when given, else the example {@code example} when it names a saved query,
     * else a first query.
     */
    String render(Optional<String> example, Optional<String> text) {
        Html html = new Html().page("SPARQL editor – diplokg", "en");
        html.element("h1", "SPARQL editor");
        html.element("p", "Ask the knowledge graph in SPARQL 1.1. The default graph is the union of every article's"
                + " graph. Run with the button or Ctrl+Enter.",
                "class", "lead");
        html.open("form", "id", "editor", "method", "post", "action", DiplokgServer.DATASET + "/sparql");
        html.open("label", "for", "example").text("Start from a saved query").close("label");
        html.open("select", "id", "example").open("option", "value", "").text("(new query)").close("option");
        String chosen = example.orElse("");
        for (SavedQuery query : catalog.all()) {
            html.open("option", "value", query.name(), "data-query", text(query), "title", query.summary(),
                    "selected", query.name().equals(chosen) ? "selected" : null).text(query.name()).close("option");
        }
        html.close("select");
        html.open("label", "for", "query").text("Query").close("label");
        String start = text.map(this::declared).or(() -> catalog.all().stream()
                .filter(q -> q.name().equals(chosen)).findFirst().map(this::text))
                .orElseGet(() -> declared(FIRST_QUERY));
        html.open("textarea", "id", "query", "name", "query", "rows", "18", "spellcheck", "false",
                "data-prologue", common()).text(start).close("textarea");
        html.open("button", "type", "submit", "id", "run").text("Run").close("button");
        html.close("form");
        html.open("details", "class", "prefixes").element("summary", "Every prefix the endpoint's tables use ("
                + prefixes.numPrefixes() + ")");
        html.element("p", "A query declares the prefixes it uses, as at any SPARQL endpoint; Run adds the lines"
                + " below for those it uses and lacks.", "class", "muted");
        html.element("pre", QueryPrologue.all(prefixes));
        html.close("details");
        html.open("div", "id", "results", "aria-live", "polite").close("div");
        html.tables(prefixes).script("editor.js");
        return html.end();
    }

    /** {@code query} after the PREFIX lines it needs. */
    private String declared(String query) {
        String prologue = QueryPrologue.missing(query, prefixes);
        return prologue.isEmpty() ? query : prologue + "\n" + query;
    }

    /** PREFIX lines for {@link #COMMON}, then an empty line. */
    private String common() {
        PrefixMapping chosen = PrefixMapping.Factory.create();
        COMMON.forEach(prefix -> chosen.setNsPrefix(prefix, prefixes.getNsPrefixURI(prefix)));
        return QueryPrologue.all(chosen) + "\n";
    }

    /** The saved query with its defaults bound as terms; its own text when a parameter has no default. */
    private String text(SavedQuery saved) {
        try {
            Query bound = QueryRunner.bind(saved, Map.of()).cloneQuery();
            bound.setPrefixMapping(prefixes);
            // Jena declares the whole map; the query keeps the lines it uses.
            String body = PREFIX_LINE.matcher(bound.serialize()).replaceAll("").strip() + "\n";
            return "# " + saved.summary() + "\n" + declared(body);
        } catch (QueryParameterException e) {
            return saved.text();
        }
    }
}
