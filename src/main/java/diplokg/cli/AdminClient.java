package diplokg.cli;

import diplokg.DiplokgException;
import diplokg.server.AdminAccess;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonException;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.atlas.json.JsonValue;

/**
 * The client of a running server's admin API for articles ({@code POST /kg-admin/articles} and
 * {@code /kg-admin/articles/remove}), logged in with the credentials of the environment: the password in
 * {@value AdminAccess#PASSWORD_VARIABLE}, the user in {@value AdminAccess#USER_VARIABLE} (default
 * {@value AdminAccess#DEFAULT_USER}). Every refusal becomes one message saying what to change.
 */
final class AdminClient {

    /** A load is one transaction on the server, with extraction inside: a day's articles may take minutes. */
    private static final Duration REPLY_TIMEOUT = Duration.ofMinutes(30);
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final String root;
    private final String user;
    private final String password;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT_TIMEOUT).build();

    private AdminClient(String root, String user, String password) {
        this.root = root;
        this.user = user;
        this.password = password;
    }

    /**
     * A client of the server at {@code url} (its root, e.g. {@code http://localhost:3030}) with the credentials of
     * {@code env}.
     *
     * @throws UsageException when the URL is not an HTTP URL or the password is not set
     */
    static AdminClient of(String url, Map<String, String> env) {
        String root = url.strip().replaceAll("/+$", "");
        if (!root.startsWith("http://") && !root.startsWith("https://")) {
            throw new UsageException("--server " + url + ": give the server's root URL, e.g. http://localhost:3030");
        }
        String password = env.get(AdminAccess.PASSWORD_VARIABLE);
        if (password == null || password.isEmpty()) {
            throw new UsageException(AdminAccess.PASSWORD_VARIABLE + " is not set: --server logs in to the server's"
                    + " admin API with the password in " + AdminAccess.PASSWORD_VARIABLE + " (user "
                    + AdminAccess.USER_VARIABLE + ", default " + AdminAccess.DEFAULT_USER + ")");
        }
        return new AdminClient(root, env.getOrDefault(AdminAccess.USER_VARIABLE, AdminAccess.DEFAULT_USER), password);
    }

    /** The server's root URL. */
    String root() {
        return root;
    }

    /** Uploads {@code files} in one multipart request (one transaction on the server) and returns its reply. */
    JsonObject upload(List<Path> files, boolean force) {
        String boundary = "diplokg-" + UUID.randomUUID();
        List<HttpRequest.BodyPublisher> parts = new ArrayList<>();
        for (Path file : files) {
            String name = Objects.toString(file.getFileName()).replace("\"", "%22").replace("\r", "").replace("\n", "");
            parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "\r\nContent-Disposition: form-data;"
                    + " name=\"file\"; filename=\"" + name + "\"\r\nContent-Type: application/octet-stream\r\n\r\n",
                    StandardCharsets.UTF_8));
            try {
                parts.add(HttpRequest.BodyPublishers.ofFile(file));
            } catch (IOException e) {
                throw new DiplokgException(file + ": cannot be read: " + e.getMessage(), e);
            }
            parts.add(HttpRequest.BodyPublishers.ofString("\r\n"));
        }
        parts.add(HttpRequest.BodyPublishers.ofString("--" + boundary + "--\r\n"));
        HttpRequest request = request("/kg-admin/articles" + (force ? "?force=true" : ""))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(parts.toArray(HttpRequest.BodyPublisher[]::new)))
                .build();
        return send(request, 200);
    }

    /** Removes the articles {@code ids} in one transaction on the server; returns the reply. */
    JsonObject remove(List<String> ids) {
        String form = ids.stream().map(id -> "id=" + URLEncoder.encode(id, StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        HttpRequest request = request("/kg-admin/articles/remove")
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form))
                .build();
        return send(request, 200);
    }

    private HttpRequest.Builder request(String path) {
        String login = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpRequest.newBuilder(URI.create(root + path)).timeout(REPLY_TIMEOUT)
                .header("Authorization", "Basic " + login).header("Accept", "application/json");
    }

    private JsonObject send(HttpRequest request, int expected) {
        HttpResponse<String> response;
        try {
            response = http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (ConnectException e) {
            throw new DiplokgException("no server answers at " + root + " (" + e.getMessage() + ")", e);
        } catch (IOException e) {
            throw new DiplokgException(request.uri() + ": " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new DiplokgException(request.uri() + ": interrupted", e);
        }
        JsonObject body = json(response.body());
        if (response.statusCode() == expected && body != null) {
            return body;
        }
        throw new DiplokgException(refusal(request.uri(), response.statusCode(), body));
    }

    private String refusal(URI uri, int status, JsonObject body) {
        String said = body != null && body.hasKey("error") ? ": " + body.getString("error") : "";
        return switch (status) {
            case 401 -> root + " refused the login of user " + user + " (401): check " + AdminAccess.USER_VARIABLE
                    + " and " + AdminAccess.PASSWORD_VARIABLE;
            case 403 -> root + " does not let user " + user + " write (403)" + said;
            case 404 -> body != null && body.hasKey("missing") ? said.substring(2)
                    : uri + " answered 404: that server has no admin API (started without "
                    + AdminAccess.PASSWORD_VARIABLE + ") or is not a diplokg server";
            case 429 -> root + " refuses logins from this address for a while after too many failures (429)";
            default -> uri + " answered " + status + said;
        };
    }

    private static JsonObject json(String text) {
        try {
            JsonValue value = JSON.parseAny(text);
            return value.isObject() ? value.getAsObject() : null;
        } catch (JsonException e) {
            return null;
        }
    }
}
