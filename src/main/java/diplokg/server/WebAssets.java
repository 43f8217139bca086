package diplokg.server;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /assets/{name}}: the scripts and the stylesheet of the pages, read from the jar
 * ({@code diplokg/web/} on the class path), so that the pages work offline and load nothing from another host.
 * {@code /assets/vendor/} holds the libraries and the world shapes the build takes from npm (see {@code pom.xml},
 * execution {@code vendor-web}). Only plain file names of known kinds are served; anything else is 404.
 */
final class WebAssets extends HttpServlet {

    /** Where the assets are served. */
    static final String PATH = "/assets";

    private static final String FOLDER = "diplokg/web/";
    private static final Pattern NAME = Pattern.compile("(vendor/)?[a-z][a-z0-9-]*(\\.min)?\\.(js|css|svg|json)");
    private static final Map<String, String> MEDIA_TYPES = Map.of(
            "js", "text/javascript", "css", "text/css", "svg", "image/svg+xml", "json", "application/json");

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String name = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
        Optional<InputStream> asset = open(name);
        if (asset.isEmpty()) {
            ErrorReply.of(HttpServletResponse.SC_NOT_FOUND, "no such asset").with("path", request.getRequestURI())
                    .send(response);
            return;
        }
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(MEDIA_TYPES.get(name.substring(name.lastIndexOf('.') + 1)));
        response.setCharacterEncoding("UTF-8");
        // Assets change only with a new build; an hour keeps pages fast without hiding an upgrade for long.
        response.setHeader("Cache-Control", "public, max-age=3600");
        try (InputStream in = asset.get(); OutputStream out = response.getOutputStream()) {
            in.transferTo(out);
        }
    }

    /** The asset {@code name}, when it is a plain file name of a served kind that the jar holds. */
    static Optional<InputStream> open(String name) {
        if (!NAME.matcher(name).matches()) {
            return Optional.empty();
        }
        return Optional.ofNullable(WebAssets.class.getClassLoader().getResourceAsStream(FOLDER + name));
    }
}
