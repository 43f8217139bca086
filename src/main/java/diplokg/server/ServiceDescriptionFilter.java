package diplokg.server;

import diplokg.vocab.BaseIri;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.WebContent;

/**
 * Answers a GET on the SPARQL endpoint that carries no query string with the endpoint's
 * {@link ServiceDescription}, as SPARQL 1.1 Service Description §2 asks (Fuseki itself answers such a request with
 * 404), or, to a browser, which prefers HTML, with the SPARQL editor ({@link EditorPage}); a browser's
 * {@code ?example=name} opens the editor on a saved query, {@code ?edit=text} on that text. Every request that
 * carries {@code query=}, and every other request, goes on to Fuseki untouched, so SPARQL protocol clients see the
 * endpoint unchanged.
 */
final class ServiceDescriptionFilter extends HttpFilter {

    /** The parameter naming the saved query a browser's editor opens on. */
    static final String EXAMPLE = "example";
    /** The parameter holding the text a browser's editor opens on (links from the resource pages). */
    static final String EDIT = "edit";

    private final transient BaseIri base;
    private final transient EditorPage editor;

    ServiceDescriptionFilter(BaseIri base, EditorPage editor) {
        this.base = base;
        this.editor = editor;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        boolean bare = request.getQueryString() == null;
        Set<String> parameters = request.getParameterMap().keySet();
        boolean example = !bare && (parameters.equals(Set.of(EXAMPLE)) || parameters.equals(Set.of(EDIT)))
                && prefersPage(request);
        if (!read || !(bare || example)) {
            chain.doFilter(request, response);
            return;
        }
        String root = RequestRoot.of(request);
        Model description = ServiceDescription.of(root, root + request.getRequestURI()
                .substring(request.getContextPath().length()), base);
        GraphReply.sendWithPage(request, response, description,
                () -> editor.render(Optional.ofNullable(request.getParameter(EXAMPLE)),
                        Optional.ofNullable(request.getParameter(EDIT))));
    }

    private static boolean prefersPage(HttpServletRequest request) {
        return ContentNegotiation.choose(request.getHeader("Accept"),
                List.of(WebContent.contentTypeTurtle, GraphReply.HTML)).filter(GraphReply.HTML::equals).isPresent();
    }
}
