package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * A real server on a free port over a real TDB2 store filled with the hand-written fixture
 * ({@code src/test/resources/server/fixture.trig}), and the HTTP helpers the server tests share.
 */
final class FixtureServer implements AutoCloseable {

    static final Path FIXTURE = Path.of("src/test/resources/server/fixture.trig");
    static final Path TEST_QUERIES = Path.of("src/test/resources/server/queries");
    static final String ID = BaseIri.DEFAULT.id("");
    static final HttpClient HTTP = HttpClient.newHttpClient();

    private final FusekiServer server;
    private final String root;

    private FixtureServer(FusekiServer server) {
        this.server = server;
        this.root = "http://localhost:" + server.getHttpPort();
    }

    /** Settings for the fixture in {@code store}, with the project's configuration and ontology. */
    static ServerSettings settings(Path store, Path queries) {
        return new ServerSettings(ProjectFiles.FUSEKI_CONFIG, store, 0, queries, ProjectFiles.ONTOLOGY,
                BaseIri.DEFAULT);
    }

    /** Loads the fixture into the store folder {@code store} and starts a server over it with {@code settings}. */
    static FixtureServer start(Path store, ServerSettings settings) {
        load(store);
        return startLoaded(settings);
    }

    /** Starts a server with {@code settings} over a store that is already filled. */
    static FixtureServer startLoaded(ServerSettings settings) {
        return new FixtureServer(DiplokgServer.build(settings).start());
    }

    /** Fills the TDB2 store in {@code folder} with the fixture's named graphs, then releases it. */
    static void load(Path folder) {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(FIXTURE.toString());
        List<NamedGraph> graphs = new ArrayList<>();
        fixture.listGraphNodes().forEachRemaining((Node name) -> {
            Graph copy = GraphFactory.createDefaultGraph();
            fixture.getGraph(name).find().forEachRemaining(copy::add);
            graphs.add(new NamedGraph(name.getURI(), copy));
        });
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(BaseIri.DEFAULT))) {
            store.replaceGraphs(graphs);
        }
    }

    String root() {
        return root;
    }

    HttpResponse<String> get(String path, String accept) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).header("Accept", accept).build());
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(root + path)).build());
    }

    static HttpResponse<String> send(HttpRequest request) {
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A POST of {@code body} as {@code type} to {@code url}, logged in as user {@code admin} with {@code password}. */
    static HttpResponse<String> postAsAdmin(String url, String type, byte[] body, String password) {
        String login = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", type)
                .header("Authorization", "Basic " + login).POST(HttpRequest.BodyPublishers.ofByteArray(body))
                .build());
    }

    /** A {@code multipart/form-data} body holding {@code files} (name to content) as parts named {@code file}. */
    static byte[] form(String boundary, Map<String, byte[]> files) {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, byte[]> file : files.entrySet()) {
            body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\""
                    + file.getKey() + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                    .getBytes(StandardCharsets.UTF_8));
            body.writeBytes(file.getValue());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        return body.toByteArray();
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** Asserts the status and the media type (without parameters) of {@code response}; returns its body. */
    static String expect(int status, String mediaType, HttpResponse<String> response) {
        assertEquals(status, response.statusCode(), () -> "body: " + response.body());
        assertEquals(mediaType, mediaType(response), () -> "body: " + response.body());
        return response.body();
    }

    /** Asserts a JSON error with {@code status} whose message contains {@code fragment}. */
    static String expectError(int status, String fragment, HttpResponse<String> response) {
        String body = expect(status, "application/json", response);
        assertTrue(body.contains("\"error\"") && body.contains(fragment), body);
        return body;
    }

    static String mediaType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("").split(";")[0].strip();
    }

    @Override
    public void close() {
        server.stop();
    }
}
