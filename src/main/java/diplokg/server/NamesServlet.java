package diplokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.rdf.model.Model;

/**
 * {@code GET /api/names?iri=A&iri=B}: what the pages call each resource ({@link ResourceNames}: a label, an event by
 * its type, date and place, a sentence by its text, else the short IRI), as JSON from IRI to name. The tables the
 * pages' script draws from a saved query's JSON (a query's page, the home page's text versions) ask it for the IRIs
 * they show, so that a row reads "meeting · 31 Oct, no year · Hanoï" where it read
 * {@code happening:undated/003_…}, as the tables the server draws on a resource's page do. Read through the pages'
 * runner: cached per store version, bounded by the query timeout.
 */
final class NamesServlet extends HttpServlet {

    /** Where the names are served. */
    static final String PATH = "/api/names";

    /** IRIs per request: the URL stays well under the 8 KiB a server takes for a request's line and headers. */
    static final int MAX_IRIS = 50;

    private final transient NameLookup lookup;
    private final transient ResourceNames names;

    NamesServlet(NameLookup lookup, ResourcePaths paths) {
        this.lookup = lookup;
        this.names = new ResourceNames(paths);
    }

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] given = request.getParameterValues("iri");
        Set<String> iris = new LinkedHashSet<>(given == null ? List.of() : List.of(given));
        if (iris.size() > MAX_IRIS) {
            ErrorPage.send(request, response, ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST,
                    "at most " + MAX_IRIS + " IRIs per request, " + iris.size() + " given"));
            return;
        }
        Model named = lookup.of(iris);
        JsonObject answer = new JsonObject();
        iris.forEach(iri -> answer.put(iri, names.name(named, named.createResource(iri))));
        JsonReply.send(response, answer);
    }
}
