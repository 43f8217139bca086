package diplokg.server;

import diplokg.queries.QueryTimeoutException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A GET-only servlet whose failures become JSON errors ({@link ErrorReply}): a query stopped by the timeout is 503
 * with the timeout in the message, anything unexpected is 500 with the details in the server log only.
 */
abstract class GuardedServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(GuardedServlet.class);

    /** Answers one GET; may throw, the failure is answered for it. */
    abstract void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

    @Override
    protected final void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            answer(request, response);
        } catch (QueryTimeoutException e) {
            LOG.info("{}: {}", request.getRequestURI(), e.getMessage());
            if (!response.isCommitted()) {
                ErrorReply.of(HttpServletResponse.SC_SERVICE_UNAVAILABLE, e.getMessage())
                        .with("path", request.getRequestURI()).send(response);
            }
        } catch (RuntimeException e) {
            fail(request, response, e);
        }
    }

    private static void fail(HttpServletRequest request, HttpServletResponse response, RuntimeException e)
            throws IOException {
        LOG.error("{} failed", request.getRequestURI(), e);
        if (!response.isCommitted()) {
            ErrorReply.of(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "internal error; the server log has the"
                    + " details").with("path", request.getRequestURI()).send(response);
        }
    }
}
