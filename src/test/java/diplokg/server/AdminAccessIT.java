package diplokg.server;

import static diplokg.server.FixtureServer.encode;
import static diplokg.server.FixtureServer.expect;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The read-write service {@code /kg-admin}: absent without credentials, behind HTTP Basic authentication with them;
 * the public endpoints stay read-only and open either way.
 */
class AdminAccessIT {

    private static final String PASSWORD = "correct horse battery staple";
    private static final String INSERT = "INSERT DATA { GRAPH <urn:test:g> { <urn:test:s> <urn:test:p> \"written\" } }";
    private static final String ASK = "ASK { <urn:test:s> <urn:test:p> \"written\" }";

    @TempDir
    Path folder;

    private FixtureServer start(AdminAccess admin) {
        Path store = folder.resolve("tdb2");
        return FixtureServer.start(store, FixtureServer.settings(store, FixtureServer.TEST_QUERIES).withAdmin(admin));
    }

    private static HttpResponse<String> update(FixtureServer server, String credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.root() + "/kg-admin/update"))
                .header("Content-Type", "application/sparql-update")
                .POST(HttpRequest.BodyPublishers.ofString(INSERT));
        if (credentials != null) {
            request.header("Authorization", basic(credentials));
        }
        return FixtureServer.send(request.build());
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    private static boolean written(FixtureServer server) {
        return expect(200, "text/csv", server.get("/kg/sparql?query=" + encode(ASK), "text/csv")).contains("true");
    }

    @Test
    void hasNoWriteServiceAtAllWithoutCredentials() {
        try (FixtureServer server = start(AdminAccess.NONE)) {
            assertEquals(404, update(server, null).statusCode());
            assertEquals(404, update(server, "admin:" + PASSWORD).statusCode());
            assertEquals(404, server.get("/kg-admin/sparql?query=" + encode(ASK)).statusCode());
            assertFalse(written(server));
        }
    }

    @Test
    void refusesAnonymousAndWrongCredentialsAndAcceptsTheAdmin() {
        try (FixtureServer server = start(new AdminAccess.Password("admin", PASSWORD))) {
            HttpResponse<String> anonymous = update(server, null);
            assertEquals(401, anonymous.statusCode());
            assertTrue(anonymous.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            assertEquals(401, update(server, "admin:wrong").statusCode());
            assertFalse(written(server), "nothing written by refused requests");
            int status = update(server, "admin:" + PASSWORD).statusCode();
            assertTrue(status == 200 || status == 204, "status " + status);
            assertTrue(written(server), "the public endpoint sees what the admin wrote");
        }
    }

    @Test
    void protectsTheReadWriteGraphStoreAndLeavesPublicPathsOpen() {
        try (FixtureServer server = start(new AdminAccess.Password("admin", PASSWORD))) {
            String graph = "/kg-admin/data?graph=" + encode("urn:test:g");
            HttpRequest.Builder put = HttpRequest.newBuilder(URI.create(server.root() + graph))
                    .header("Content-Type", "text/turtle")
                    .PUT(HttpRequest.BodyPublishers.ofString("<urn:test:s> <urn:test:p> \"written\" ."));
            assertEquals(401, FixtureServer.send(put.build()).statusCode());
            int status = FixtureServer.send(put.header("Authorization", basic("admin:" + PASSWORD)).build())
                    .statusCode();
            assertTrue(status == 200 || status == 201 || status == 204, "status " + status);
            assertTrue(written(server));
            expect(200, "text/turtle", server.get("/id/state/FR", "text/turtle"));
            expect(200, "application/json", server.get("/api/queries"));
            HttpResponse<String> publicUpdate = FixtureServer.send(HttpRequest.newBuilder(
                    URI.create(server.root() + "/kg/sparql")).header("Content-Type", "application/sparql-update")
                    .header("Authorization", basic("admin:" + PASSWORD))
                    .POST(HttpRequest.BodyPublishers.ofString("DROP ALL")).build());
            assertTrue(publicUpdate.statusCode() >= 400, "the public endpoint never updates, even for the admin");
        }
    }

    @Test
    void sendsNoCorsHeadersForTheAdminService() {
        try (FixtureServer server = start(new AdminAccess.Password("admin", PASSWORD))) {
            HttpResponse<String> response = FixtureServer.send(HttpRequest.newBuilder(
                    URI.create(server.root() + "/kg-admin/sparql?query=" + encode(ASK)))
                    .header("Origin", "https://example.org")
                    .header("Authorization", basic("admin:" + PASSWORD)).build());
            assertEquals(200, response.statusCode());
            assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
        }
    }

    @Test
    void answersMalformedCredentialsWith401() {
        try (FixtureServer server = start(new AdminAccess.Password("admin", PASSWORD))) {
            for (String header : List.of("Basic %%%not-base64%%%", "Basic", "Basic ", "Basic YWRtaW4=", "Basic =")) {
                HttpResponse<String> response = FixtureServer.send(HttpRequest.newBuilder(
                        URI.create(server.root() + "/kg-admin/sparql?query=" + encode(ASK)))
                        .header("Authorization", header).build());
                assertEquals(401, response.statusCode(), () -> header + ": " + response.body());
                assertTrue(response.headers().firstValue("WWW-Authenticate").orElse("").startsWith("Basic"));
            }
        }
    }

    @Test
    void refusesAnAddressWith429AfterTenFailedLogins() {
        try (FixtureServer server = start(new AdminAccess.Password("admin", PASSWORD))) {
            List<Integer> statuses = new ArrayList<>();
            for (int i = 0; i < 30; i++) {
                statuses.add(update(server, "admin:wrong" + i).statusCode());
            }
            assertEquals(Collections.nCopies(10, 401), statuses.subList(0, 10));
            assertEquals(Collections.nCopies(20, 429), statuses.subList(10, 30));
            HttpResponse<String> right = update(server, "admin:" + PASSWORD);
            assertEquals(429, right.statusCode(), "even the right password waits for the window");
            long retryAfter = Long.parseLong(right.headers().firstValue("Retry-After").orElse("0"));
            assertTrue(retryAfter > 0 && retryAfter <= 300, "Retry-After " + retryAfter);
            assertFalse(written(server));
        }
    }

    @Test
    void readsCredentialsFromAPasswordFileAndForbidsUsersNotAllowed() throws IOException {
        Path passwords = Files.writeString(folder.resolve("passwords"), "admin: from-file\nreader: reader-pw\n");
        try (FixtureServer server = start(new AdminAccess.PasswordFile(passwords))) {
            assertEquals(401, update(server, "admin:" + PASSWORD).statusCode());
            assertEquals(403, update(server, "reader:reader-pw").statusCode());
            HttpResponse<String> upload = FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root()
                    + "/kg-admin/articles?name=x.txt")).header("Content-Type", "text/plain")
                    .header("Authorization", basic("reader:reader-pw"))
                    .POST(HttpRequest.BodyPublishers.ofString(" date 2025-01 Titre\nTexte.\n")).build());
            FixtureServer.expectError(403, "user reader may not write to the store", upload);
            assertFalse(written(server));
            int status = update(server, "admin:from-file").statusCode();
            assertTrue(status == 200 || status == 204, "status " + status);
        }
    }

    @Test
    void keepsTheConnectionUsableAfterRefusingAUserWhoseBodyArrivesLate() throws Exception {
        Path passwords = Files.writeString(folder.resolve("passwords"), "admin: from-file\nreader: reader-pw\n");
        try (FixtureServer server = start(new AdminAccess.PasswordFile(passwords));
                Socket socket = new Socket("localhost", URI.create(server.root()).getPort())) {
            socket.setSoTimeout(10_000);
            byte[] body = INSERT.getBytes(StandardCharsets.UTF_8);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /kg-admin/update HTTP/1.1\r\nHost: localhost\r\nAuthorization: "
                    + basic("reader:reader-pw") + "\r\nContent-Type: application/sparql-update\r\nContent-Length: "
                    + body.length + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // The refusal is decided on the headers alone; the body comes after it, as on a slow link.
            Thread.sleep(300);
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            List<String> refusal = RawHttp.readAnswer(in);
            assertTrue(refusal.get(0).startsWith("HTTP/1.1 403"), refusal.toString());
            if (refusal.stream().noneMatch(line -> line.equalsIgnoreCase("Connection: close"))) {
                out.write("GET /$/ping HTTP/1.1\r\nHost: localhost\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
                out.flush();
                List<String> next = RawHttp.readAnswer(in);
                assertFalse(next.isEmpty(), "the connection was closed without Connection: close");
                assertTrue(next.get(0).startsWith("HTTP/1.1 200"), next.toString());
            }
            assertFalse(written(server));
        }
    }
}
