package diplokg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonValue;
import org.apache.jena.riot.WebContent;

/** Sends a JSON document with status 200. */
final class JsonReply {

    private JsonReply() {
    }

    static void send(HttpServletResponse response, JsonValue json) throws IOException {
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType(WebContent.contentTypeJSON);
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, json);
        }
    }
}
