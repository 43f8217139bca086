package diplokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers {@code GET /kg/get?default} with the reason it has no graph to give, instead of Fuseki's empty answer.
 *
 * <p>The default graph that queries see is the union of the named graphs ({@code tdb2:unionDefaultGraph}); the
 * store holds no default graph of its own, so the graph store protocol's {@code ?default} reads an empty graph and
 * answered 200 with 0 bytes, which a client takes for an empty store. The union is the whole store (gigabytes at
 * 100,000 articles), which the dump already serves as one stream; so the answer is 400 pointing there, to one graph
 * by name, and to a CONSTRUCT.
 */
final class DefaultGraphFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = "GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod());
        if (read && request.getParameter("default") != null && request.getParameter("graph") == null) {
            ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, "the default graph is the union of the named graphs "
                    + "(what queries see) and is not stored as a graph of its own")
                    .with("every graph", DatasetDescription.DUMP_PATH)
                    .with("one graph", DiplokgServer.DATASET + "/get?graph=IRI")
                    .with("a part of the union", DiplokgServer.DATASET + "/sparql with a CONSTRUCT query")
                    .send(response);
            return;
        }
        chain.doFilter(request, response);
    }
}
