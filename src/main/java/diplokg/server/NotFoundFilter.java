package diplokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;

/**
 * Turns the 404 of a path nothing serves into an {@link ErrorPage}: a page for browsers, JSON for clients, instead
 * of Jetty's bare "HTTP ERROR 404". Fuseki answers such paths with its backstop servlet, which calls
 * {@code sendError(404)}; this filter hands it a response whose {@code sendError(404)} sends the error page
 * instead. Paths of the dataset ({@code /kg/...}) are left to Fuseki: protocol clients get Fuseki's own errors.
 */
final class NotFoundFilter extends HttpFilter {

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (path.equals(DiplokgServer.DATASET) || path.startsWith(DiplokgServer.DATASET + "/")) {
            chain.doFilter(request, response);
            return;
        }
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                if (status == HttpServletResponse.SC_NOT_FOUND && !isCommitted()) {
                    notFound(request, response);
                } else {
                    super.sendError(status, message);
                }
            }

            @Override
            public void sendError(int status) throws IOException {
                sendError(status, null);
            }
        });
    }

    private static void notFound(HttpServletRequest request, HttpServletResponse response) throws IOException {
        ErrorPage.send(request, response, ErrorReply.of(HttpServletResponse.SC_NOT_FOUND,
                "nothing is served at this path").with("path", request.getRequestURI()));
    }
}
