package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import diplokg.IsomorphicDatasets;
import diplokg.store.TdbStore;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A replica started empty against a primary whose log has been trimmed: it starts from the primary's dump, at the
 * version the dump names, then follows the log, and ends with the primary's graphs. Both servers run in this JVM,
 * each over its own store.
 */
class ReplicaFromDumpIT {

    private static final String PASSWORD = "dump-test-password";

    @TempDir
    Path folder;

    @Test
    void anEmptyReplicaOfATrimmedLogStartsFromTheDumpThenFollowsTheLog() throws Exception {
        Path primaryStore = folder.resolve("primary");
        FixtureServer.load(primaryStore);
        FixtureServer.load(primaryStore);
        try (TdbStore opened = TdbStore.open(primaryStore)) {
            opened.patchLog().trim(opened.version(), opened.version());
        }
        try (FixtureServer primary = FixtureServer.startLoaded(FixtureServer.settings(primaryStore,
                FixtureServer.TEST_QUERIES).withAdmin(new AdminAccess.Password("admin", PASSWORD)))) {
            Path replicaStore = folder.resolve("replica");
            FusekiServer replica = DiplokgServer.buildReplica(FixtureServer.settings(replicaStore,
                    FixtureServer.TEST_QUERIES).withLoopback(true), URI.create(primary.root()),
                    Duration.ofMillis(100)).start();
            try {
                String replicaRoot = "http://localhost:" + replica.getHttpPort();
                awaitVersion(replicaRoot, 2);
                HttpResponse<String> written = FixtureServer.send(HttpRequest.newBuilder(URI.create(primary.root()
                        + "/kg-admin/update")).header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
                        .header("Content-Type", "application/sparql-update")
                        .POST(HttpRequest.BodyPublishers.ofString("DROP GRAPH <https://w3id.org/diplokg/graph/"
                                + "reference> ; INSERT DATA { GRAPH <http://example.org/g> { <http://example.org/s>"
                                + " <http://example.org/p> [ <http://example.org/q> 1 ] } }")).build());
                assertEquals(204, written.statusCode(), written.body());
                awaitVersion(replicaRoot, 3);
                assertEquals(404, FixtureServer.send(HttpRequest.newBuilder(URI.create(replicaRoot
                        + "/kg-admin/update")).POST(HttpRequest.BodyPublishers.ofString("")).build()).statusCode(),
                        "a replica has no /kg-admin");
            } finally {
                replica.stop();
            }
        }
        try (TdbStore primaryOpened = TdbStore.open(primaryStore);
             TdbStore replicaOpened = TdbStore.open(folder.resolve("replica"))) {
            assertEquals(3, replicaOpened.version());
            assertEquals(2, replicaOpened.patchLog().floor());
            assertTrue(replicaOpened.patchLog().contains(3));
            IsomorphicDatasets.assertIsomorphic(copy(primaryOpened), copy(replicaOpened));
        }
    }

    private static DatasetGraph copy(TdbStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
        return copy;
    }

    private static void awaitVersion(String root, long version) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        String seen = "";
        while (System.nanoTime() < deadline) {
            HttpResponse<String> response = FixtureServer.send(HttpRequest.newBuilder(URI.create(root
                    + "/kg/patches?from=999999")).build());
            seen = response.headers().firstValue(PatchFeedServlet.VERSION_HEADER).orElse("");
            if (seen.equals(Long.toString(version))) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the replica stayed at version " + seen + ", not " + version);
    }
}
