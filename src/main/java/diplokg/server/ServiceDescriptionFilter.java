package diplokg.server;

import diplokg.vocab.BaseIri;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Answers a GET on the SPARQL endpoint that carries no query string with the endpoint's
 * {@link ServiceDescription}, as SPARQL 1.1 Service Description §2 asks; Fuseki itself answers such a request with
 * 404. Every other request goes on to Fuseki untouched.
 */
final class ServiceDescriptionFilter extends HttpFilter {

    private final transient BaseIri base;

    ServiceDescriptionFilter(BaseIri base) {
        this.base = base;
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        boolean read = request.getMethod().equals("GET") || request.getMethod().equals("HEAD");
        if (!read || request.getQueryString() != null) {
            chain.doFilter(request, response);
            return;
        }
        String root = RequestRoot.of(request);
        GraphReply.send(request, response, ServiceDescription.of(root, root + request.getRequestURI()
                .substring(request.getContextPath().length()), base));
    }
}
