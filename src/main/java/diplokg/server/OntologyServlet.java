package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * {@code GET /ontology}: the ontology and its vocabularies, as an HTML page for browsers and as Turtle, JSON-LD or
 * N-Triples by content negotiation. The page is rendered once, at start-up.
 */
final class OntologyServlet extends GuardedServlet {

    private final transient OntologyDocument document;
    private final String page;

    OntologyServlet(OntologyDocument document, ResourcePaths paths) {
        this.document = document;
        this.page = new OntologyPage(document, paths).render();
    }

    @Override
    void answer(HttpServletRequest request, HttpServletResponse response) throws IOException {
        GraphReply.sendWithPage(request, response, document.model(), () -> page);
    }
}
