package diplokg.server;

import static diplokg.server.FixtureServer.expect;
import static diplokg.server.FixtureServer.expectError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.IsomorphicDatasets;
import diplokg.store.TdbStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import org.apache.jena.rdfpatch.RDFPatchOps;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /kg/patches} on a real server: reached through Fuseki's {@code /kg} dataset, read-only, in order. */
class PatchFeedIT {

    private static final String PASSWORD = "feed-test-password";

    @TempDir
    Path folder;

    private static String version(HttpResponse<?> response) {
        return response.headers().firstValue(PatchFeedServlet.VERSION_HEADER).orElse("none");
    }

    @Test
    void theFeedFollowsWritesThroughTheAdminServiceAndReplaysToTheSameGraphs() {
        Path store = folder.resolve("tdb2");
        FixtureServer.load(store);
        try (FixtureServer server = FixtureServer.startLoaded(FixtureServer.settings(store,
                FixtureServer.TEST_QUERIES).withAdmin(new AdminAccess.Password("admin", PASSWORD)))) {
            HttpResponse<String> first = server.get("/kg/patches");
            String patch = expect(200, "application/rdf-patch", first);
            assertEquals("1", version(first));
            assertEquals("1", first.headers().firstValue(PatchFeedServlet.LAST_HEADER).orElseThrow());
            assertTrue(patch.startsWith("H version 1 .\nTX .\n"), patch.substring(0, 40));
            String update = "INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s> "
                    + "<http://example.org/p> \"écrit\" } }";
            HttpResponse<String> written = FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root()
                    + "/kg-admin/update")).header("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                    ("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                    .header("Content-Type", "application/sparql-update")
                    .POST(HttpRequest.BodyPublishers.ofString(update)).build());
            assertEquals(204, written.statusCode(), written.body());
            HttpResponse<String> next = server.get("/kg/patches?from=1");
            assertEquals("2", version(next));
            String second = expect(200, "application/rdf-patch", next);
            assertTrue(second.startsWith("H version 2 .\nTX .\n"), second);
            assertTrue(second.contains("A <http://example.org/s> <http://example.org/p> \"écrit\""
                    + " <http://example.org/g> ."), second);
            assertEquals("", expect(200, "application/rdf-patch", server.get("/kg/patches?from=2")));
            HttpResponse<String> all = server.get("/kg/patches?from=0");
            DatasetGraph replayed = DatasetGraphFactory.createTxnMem();
            RDFPatchOps.applyChange(replayed, new java.io.ByteArrayInputStream(all.body().getBytes(
                    StandardCharsets.UTF_8)));
            server.close();
            try (TdbStore reopened = TdbStore.open(store)) {
                DatasetGraph expected = DatasetGraphFactory.createTxnMem();
                Txn.executeRead(reopened.dataset(), () -> reopened.dataset().find().forEachRemaining(expected::add));
                Txn.executeRead(replayed, () -> IsomorphicDatasets.assertIsomorphic(expected, replayed));
            }
        }
    }

    @Test
    void aVersionBeforeTheTrimmedLogIsGoneOneAheadIsAConflictAndTheFeedIsReadOnly() {
        Path store = folder.resolve("tdb2");
        FixtureServer.load(store);
        FixtureServer.load(store);
        try (TdbStore opened = TdbStore.open(store)) {
            assertEquals(2, opened.version());
            opened.patchLog().trim(1, opened.version());
        }
        try (FixtureServer server = FixtureServer.startLoaded(FixtureServer.settings(store,
                FixtureServer.TEST_QUERIES))) {
            expectError(410, "the log has been trimmed: it starts after version 1", server.get("/kg/patches?from=0"));
            assertTrue(expect(200, "application/rdf-patch", server.get("/kg/patches?from=1"))
                    .startsWith("H version 2 .\n"));
            expectError(409, "version 3 is ahead of this store, at version 2", server.get("/kg/patches?from=3"));
            expectError(400, "from must be a version", server.get("/kg/patches?from=two"));
            HttpResponse<String> post = FixtureServer.send(HttpRequest.newBuilder(URI.create(server.root()
                    + "/kg/patches")).POST(HttpRequest.BodyPublishers.ofString("TX .\nTC .\n")).build());
            assertEquals(405, post.statusCode(), post.body());
        }
    }
}
