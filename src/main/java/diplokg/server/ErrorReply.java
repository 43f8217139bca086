package diplokg.server;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonArray;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.riot.WebContent;

/**
 * An error answer of the HTTP API: a status and a JSON body {@code {"error": "...", "status": 400, ...}} whose
 * extra members say what was wrong (the query, the parameter, what would have been accepted).
 *
 * @param status  the HTTP status
 * @param message what is wrong, in one sentence
 * @param details further members of the body: strings, numbers, or collections of strings
 */
public record ErrorReply(int status, String message, Map<String, Object> details) {

    public ErrorReply {
        Objects.requireNonNull(message, "message");
        details = Map.copyOf(details);
    }

    /** An error without details. */
    public static ErrorReply of(int status, String message) {
        return new ErrorReply(status, message, Map.of());
    }

    /** This error with one more member; {@code value} is a string, a number or a collection of strings. */
    public ErrorReply with(String key, Object value) {
        Map<String, Object> more = new LinkedHashMap<>(details);
        more.put(key, value);
        return new ErrorReply(status, message, more);
    }

    /** The body. */
    public JsonObject json() {
        JsonObject body = new JsonObject();
        body.put("error", message);
        body.put("status", status);
        details.keySet().stream().sorted().forEach(key -> {
            Object value = details.get(key);
            if (value instanceof Number number) {
                body.put(key, number.longValue());
            } else if (value instanceof Collection<?> values) {
                JsonArray array = new JsonArray();
                values.forEach(v -> array.add(String.valueOf(v)));
                body.put(key, array);
            } else {
                body.put(key, String.valueOf(value));
            }
        });
        return body;
    }

    /** Sends this error, replacing whatever the response held. */
    public void send(HttpServletResponse response) throws IOException {
        response.resetBuffer();
        response.setStatus(status);
        response.setContentType(WebContent.contentTypeJSON);
        response.setCharacterEncoding("UTF-8");
        try (OutputStream out = response.getOutputStream()) {
            JSON.write(out, json());
        }
    }
}
