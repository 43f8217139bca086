package diplokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.Map;
import org.apache.jena.fuseki.servlets.CrossOriginFilter;

/**
 * CORS for the read-only paths: any origin may GET, HEAD or POST (SPARQL queries by form), without credentials.
 * Fuseki's own {@code enableCors} would cover every path with every method and credentials, the login-only
 * {@code /kg-admin} included; this filter is Fuseki's {@link CrossOriginFilter} with narrower settings, installed
 * only on the public paths.
 */
final class ReadCorsFilter extends HttpFilter {

    private static final Map<String, String> SETTINGS = Map.of(
            CrossOriginFilter.ALLOWED_ORIGINS_PARAM, "*",
            CrossOriginFilter.ALLOWED_METHODS_PARAM, "GET,HEAD,POST,OPTIONS",
            CrossOriginFilter.ALLOWED_HEADERS_PARAM, "X-Requested-With,Content-Type,Accept,Origin",
            CrossOriginFilter.EXPOSED_HEADERS_PARAM, "Content-Type,Content-Length,Vary",
            CrossOriginFilter.ALLOW_CREDENTIALS_PARAM, "false");

    private final transient CrossOriginFilter cors = new CrossOriginFilter();

    @Override
    public void init(FilterConfig config) throws ServletException {
        super.init(config);
        cors.init(new Settings(config));
    }

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        cors.doFilter(request, response, chain);
    }

    /** The container's filter configuration with {@link #SETTINGS} as its init parameters. */
    private record Settings(FilterConfig config) implements FilterConfig {

        @Override
        public String getFilterName() {
            return config.getFilterName();
        }

        @Override
        public ServletContext getServletContext() {
            return config.getServletContext();
        }

        @Override
        public String getInitParameter(String name) {
            return SETTINGS.get(name);
        }

        @Override
        public Enumeration<String> getInitParameterNames() {
            return Collections.enumeration(SETTINGS.keySet());
        }
    }
}
