package diplokg.server;

import jakarta.servlet.http.HttpServletRequest;

/** The absolute URL of the server as the client reached it, for links that must be absolute (VoID, SPARQL SD). */
final class RequestRoot {

    private RequestRoot() {
    }

    /** {@code scheme://host[:port]} plus the context path, without a trailing slash. */
    static String of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = port <= 0 || (scheme.equals("http") && port == 80)
                || (scheme.equals("https") && port == 443);
        String host = request.getServerName();
        if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return scheme + "://" + host + (defaultPort ? "" : ":" + port) + request.getContextPath();
    }
}
