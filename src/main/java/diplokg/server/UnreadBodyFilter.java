package diplokg.server;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a refused write's connection usable: before an error status is set on a request whose body was not read,
 * the body is read and dropped, or, when it is too large for that, the answer says {@code Connection: close}.
 *
 * <p>Jetty closes a connection whose request body is still unread when the answer is complete, but only says so in
 * the answer when it has not been sent yet. Fuseki refuses a user its service does not allow (403) before reading the
 * update, so a client that reuses the connection for its next request, as HTTP/1.1 clients do, found it closed and saw
 * a reply lost. Jetty's own login challenge (401) already says {@code Connection: close}.
 */
final class UnreadBodyFilter extends HttpFilter {

    private static final Logger LOG = LoggerFactory.getLogger(UnreadBodyFilter.class);
    /** The largest body read only to be dropped; a larger one costs the client a new connection instead. */
    static final long DRAIN_LIMIT = 1 << 20;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        chain.doFilter(request, new HttpServletResponseWrapper(response) {
            @Override
            public void sendError(int status, String message) throws IOException {
                drain(request, response);
                super.sendError(status, message);
            }

            @Override
            public void setStatus(int status) {
                if (status >= HttpServletResponse.SC_BAD_REQUEST) {
                    drain(request, response);
                }
                super.setStatus(status);
            }

            @Override
            public void sendError(int status) throws IOException {
                drain(request, response);
                super.sendError(status);
            }
        });
    }

    /** Reads and drops what is left of a request body the answer will not use, before that answer is sent. */
    static void drain(HttpServletRequest request, HttpServletResponse response) {
        long length = request.getContentLengthLong();
        if (length == 0) {
            return;
        }
        if (length < 0 || length > DRAIN_LIMIT) {
            response.setHeader("Connection", "close");
            return;
        }
        try {
            request.getInputStream().skipNBytes(length);
        } catch (IOException | RuntimeException e) {
            // Already read by the servlet, or the client went away: either way the connection needs nothing more.
            LOG.debug("Request body not drained: {}", e.toString());
        }
    }
}
