package diplokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.fuseki.server.DataAccessPoint;
import org.apache.jena.fuseki.server.DataAccessPointRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A POST-only servlet under {@value DiplokgServer#ADMIN}, for the users of that service only.
 *
 * <p>Jetty's security handler has already asked for a login on every path under the service (Fuseki puts the
 * constraint on {@code /kg-admin/*}), with the throttling of {@link ThrottledBasicAuthenticator}; Fuseki's dispatcher
 * then checks {@code fuseki:allowedUsers} for its own endpoints only, and lets paths it does not know, like these,
 * through. So the service's user list is checked here, from the same {@code DataAccessPoint}: a logged-in user not on
 * it gets 403, as on the service's own endpoints. Failures are JSON errors ({@link ErrorReply}).
 */
abstract class AdminServlet extends HttpServlet {

    private static final Logger LOG = LoggerFactory.getLogger(AdminServlet.class);

    /** Answers one POST by an allowed user; may throw, the failure is answered for it. */
    abstract void answer(HttpServletRequest request, HttpServletResponse response) throws IOException;

    /** The query or form parameters the servlet reads; any other is a 400. */
    abstract Set<String> parameters();

    @Override
    protected final void doPost(HttpServletRequest request, HttpServletResponse response) throws IOException {
        try {
            if (allowed(request, response) && knownParameters(request, response)) {
                answer(request, response);
            }
        } catch (UploadRefusedException e) {
            LOG.info("{} refused: {}", request.getRequestURI(), e.getMessage());
            if (e.status() == HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE) {
                ErrorReply.of(e.status(), e.getMessage()).send(response);
            } else {
                refuse(request, response, ErrorReply.of(e.status(), e.getMessage()));
            }
        } catch (RuntimeException e) {
            LOG.error("{} failed", request.getRequestURI(), e);
            if (!response.isCommitted()) {
                ErrorReply.of(HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "failed (a write that did not finish"
                        + " left the store unchanged): " + e.getMessage()).send(response);
            }
        }
    }

    /** Sends {@code error} after dropping what is left of the request body ({@link UnreadBodyFilter#drain}). */
    static void refuse(HttpServletRequest request, HttpServletResponse response, ErrorReply error)
            throws IOException {
        UnreadBodyFilter.drain(request, response);
        error.send(response);
    }

    /** The value of the boolean parameter {@code name}: absent or {@code false} is false, {@code true} is true. */
    static boolean flag(HttpServletRequest request, String name) {
        String value = request.getParameter(name);
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new UploadRefusedException(400, "parameter " + name + " is true or false, not '" + value + "'");
    }

    private boolean allowed(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String user = request.getRemoteUser();
        DataAccessPoint admin = DataAccessPointRegistry.get(getServletContext()).get(DiplokgServer.ADMIN);
        if (user == null || admin == null) {
            // Not reached behind Fuseki's constraint; kept so that a change of configuration fails closed.
            refuse(request, response, ErrorReply.of(HttpServletResponse.SC_UNAUTHORIZED, "login required"));
            return false;
        }
        if (!admin.getDataService().authPolicy().isAllowed(user)) {
            refuse(request, response, ErrorReply.of(HttpServletResponse.SC_FORBIDDEN, "user " + user
                    + " may not write to the store"));
            return false;
        }
        return true;
    }

    private boolean knownParameters(HttpServletRequest request, HttpServletResponse response) throws IOException {
        // A multipart body is read by its own parser: only the query string's parameters are checked here.
        Map<String, String[]> given = request.getContentType() != null
                && UploadReader.mediaType(request.getContentType()).equals("application/x-www-form-urlencoded")
                ? request.getParameterMap() : queryParameters(request);
        Set<String> unknown = new TreeSet<>(given.keySet());
        unknown.removeAll(parameters());
        if (unknown.isEmpty()) {
            return true;
        }
        refuse(request, response, ErrorReply.of(HttpServletResponse.SC_BAD_REQUEST, "unknown parameter "
                + String.join(", ", unknown)).with("parameters", new TreeSet<>(parameters())));
        return false;
    }

    private static Map<String, String[]> queryParameters(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null || query.isEmpty()) {
            return Map.of();
        }
        Map<String, String[]> names = new HashMap<>();
        for (String pair : query.split("&")) {
            names.put(URLDecoder.decode(pair.split("=", 2)[0], StandardCharsets.UTF_8), new String[0]);
        }
        return names;
    }
}
