package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.shared.PrefixMapping;

/**
 * {@code GET /id/...}: the resource {@code {base}id/...}, answered directly with 200 and content negotiation
 * (Turtle, JSON-LD, N-Triples, HTML) rather than a 303 redirect to a document: the description is about the
 * resource and served at its own address, which keeps one round trip and one URL per resource. 404 when the store
 * holds nothing about it, as a page for browsers ({@link ErrorPage}).
 */
final class ResourceServlet extends GuardedServlet {

    private final transient ResourcePaths paths;
    private final transient ResourceDescriber describer;
    private final transient ResourcePage page;
    private final transient PrefixMapping prefixes;

    ResourceServlet(ResourcePaths paths, ResourceDescriber describer, ResourcePage page, PrefixMapping prefixes) {
        this.paths = paths;
        this.describer = describer;
        this.page = page;
        this.prefixes = prefixes;
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Optional<String> iri = paths.iriOf(request.getPathInfo());
        if (iri.isEmpty()) {
            ErrorPage.send(request, response, ErrorReply.of(HttpServletResponse.SC_NOT_FOUND,
                    "no resource has this path").with("path", request.getRequestURI()));
            return;
        }
        Model description = describer.describe(iri.get());
        if (description.isEmpty()) {
            ErrorPage.send(request, response, ErrorReply.of(HttpServletResponse.SC_NOT_FOUND,
                    "the knowledge graph says nothing about this resource").with("iri", iri.get()));
            return;
        }
        // Only diplokg's prefix map: the description comes with the store's prefix table, which also holds the
        // change log's version counter (PatchLog), no vocabulary a reader of the resource should see declared.
        description.clearNsPrefixMap().setNsPrefixes(prefixes);
        GraphReply.sendWithPage(request, response, description, () -> page.render(iri.get(), description));
    }
}
