package diplokg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import diplokg.IsomorphicDatasets;
import diplokg.ProjectFiles;
import diplokg.server.AdminAccess;
import diplokg.server.DiplokgServer;
import diplokg.server.ServerRecord;
import diplokg.server.ServerSettings;
import diplokg.store.GraphStats;
import diplokg.store.PatchLog;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A primary (a real server in this JVM, articles posted to {@code /kg-admin/articles}) and {@code diplokg replica}
 * in a second JVM, killed with SIGKILL inside the transaction of a patch while it catches up, then started again on
 * its folder while articles keep coming: once in step it must hold exactly what the primary holds, graph for graph,
 * at the same version.
 */
class ReplicaIT {

    private static final String PASSWORD = "a password for the replica test";
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final int ARTICLES = 24;

    @TempDir
    Path folder;

    @Test
    void aReplicaKilledMidStreamResumesAndEndsHoldingExactlyWhatThePrimaryHolds() throws Exception {
        Path corpus = folder.resolve("corpus");
        CliTest.Run generated = CliTest.run("generate", "--articles", Integer.toString(ARTICLES), "--seed", "11",
                "--threads", "1", "--out", corpus.toString());
        assertEquals(0, generated.code(), generated.err());
        List<Path> articles = articles(corpus);
        assertEquals(ARTICLES, articles.size());
        Path primaryStore = folder.resolve("primary");
        Path replicaStore = folder.resolve("replica");
        FusekiServer primary = DiplokgServer.build(new ServerSettings(ProjectFiles.FUSEKI_CONFIG, primaryStore, 0,
                ProjectFiles.QUERIES, ProjectFiles.ONTOLOGY, BaseIri.DEFAULT,
                new AdminAccess.Password("admin", PASSWORD))).start();
        String root = "http://localhost:" + primary.getHttpPort();
        Process replica = null;
        boolean primaryRunning = true;
        try {
            int posted = 0;
            while (posted < ARTICLES / 4) {
                post(root, articles.get(posted++));
            }
            // Killed while it catches up: after its first patch, while a later one is being written (its pending
            // file exists from the first change of the transaction until the rename after the commit).
            long killedAt = killInsideATransaction(root, replicaStore);
            assertTrue(killedAt >= 1 && killedAt < version(root), "killed after " + killedAt + " patches");
            replica = replica(root, replicaStore);
            while (posted < ARTICLES) {
                post(root, articles.get(posted++));
            }
            long primaryVersion = version(root);
            awaitVersion(replicaStore, replica, primaryVersion);
            ServingProcess.stop(replica);
            replica = null;
            // Stopped before its store is opened here: the primary's cache warmer reads after every write, and a read
            // still open when this JVM's shared store connection is closed below fails the close ("Can't expel").
            primary.stop();
            primaryRunning = false;
            try (TdbStore primaryOpened = TdbStore.open(primaryStore);
                 TdbStore replicaOpened = TdbStore.open(replicaStore)) {
                assertEquals(primaryVersion, primaryOpened.version());
                assertEquals(primaryVersion, replicaOpened.version());
                List<GraphStats> stats = primaryOpened.graphStats();
                assertEquals(stats, replicaOpened.graphStats(), "graph names and triple counts");
                assertTrue(stats.size() > ARTICLES, "every article's graph, the reference and knowledge graphs");
                IsomorphicDatasets.assertIsomorphic(copy(primaryOpened), copy(replicaOpened));
                try (Stream<Path> files = Files.list(replicaOpened.patchLog().folder())) {
                    assertEquals(primaryVersion, files.filter(f -> f.toString().endsWith(".rdfp")).count(),
                            "the replica's own log, with no pending patch left by the kill");
                }
            }
        } finally {
            if (replica != null) {
                replica.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            }
            if (primaryRunning) {
                primary.stop();
            }
        }
    }

    /**
     * Starts a replica and kills it with SIGKILL once its log holds patch 1 and a later patch is pending; tries again
     * (three times) when the patch was published before the kill landed. Returns how many patches the killed
     * replica had published.
     */
    private static long killInsideATransaction(String root, Path store) throws Exception {
        Path log = store.resolve(PatchLog.FOLDER);
        for (int attempt = 0; attempt < 3; attempt++) {
            Process replica = launch(root, store);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
            while (System.nanoTime() < deadline && replica.isAlive()
                    && !(Files.exists(log.resolve("000000000001.rdfp")) && pending(log))) {
                Thread.onSpinWait();
            }
            replica.destroyForcibly().waitFor(20, TimeUnit.SECONDS);
            if (pending(log)) {
                // Not opened here: the restart is what must recover from the kill.
                try (Stream<Path> files = Files.list(log)) {
                    return files.filter(f -> f.getFileName().toString().endsWith(".rdfp")).count();
                }
            }
        }
        return fail("the replica was never caught inside a transaction");
    }

    private static boolean pending(Path log) {
        try (Stream<Path> files = Files.list(log)) {
            return files.anyMatch(f -> f.getFileName().toString().endsWith(".rdfp.tmp"));
        } catch (IOException e) {
            return false;
        }
    }

    private static List<Path> articles(Path corpus) throws IOException {
        try (Stream<Path> files = Files.walk(corpus)) {
            return files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
        }
    }

    private static DatasetGraph copy(TdbStore store) {
        DatasetGraph copy = DatasetGraphFactory.createTxnMem();
        Txn.executeRead(store.dataset(), () -> store.dataset().find().forEachRemaining(copy::add));
        return copy;
    }

    private static void post(String root, Path article) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(root + "/kg-admin/articles?name="
                        + article.getFileName()))
                .header("Authorization", "Basic " + Base64.getEncoder().encodeToString(("admin:" + PASSWORD)
                        .getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "text/plain; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofFile(article)).build();
        HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("\"loaded\" : 1") || response.body().contains("\"loaded\": 1"),
                response.body());
    }

    /** The version the server at {@code root} is at, from its change feed's header. */
    private static long version(String root) {
        try {
            HttpResponse<Void> response = HTTP.send(HttpRequest.newBuilder(URI.create(root + "/kg/patches?from=0"))
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.headers().firstValueAsLong("Diplokg-Version").orElse(-1);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** Waits until the replica serving {@code store} is at {@code version} or more. */
    private static void awaitVersion(Path store, Process replica, long version) throws InterruptedException {
        String url = ServerRecord.read(store).orElseThrow().url();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        long seen = -1;
        while (System.nanoTime() < deadline && replica.isAlive()) {
            seen = version(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
            if (seen >= version) {
                return;
            }
            Thread.sleep(50);
        }
        fail("the replica stayed at version " + seen + ", not " + version);
    }

    /** Starts {@code diplokg replica} in a second JVM and waits until it serves. */
    private static Process replica(String primary, Path store) throws IOException, InterruptedException {
        Process process = launch(primary, store);
        return ServingProcess.awaitServing(process, "replica");
    }

    /** Starts {@code diplokg replica} in a second JVM, its output discarded. */
    private static Process launch(String primary, Path store) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder builder = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "replica", "--primary", primary, "--data", store.toString(), "--port", "0",
                "--interval", "100").redirectErrorStream(true);
        builder.environment().put("DIPLOKG_HOME", Path.of("").toAbsolutePath().toString());
        builder.environment().remove("DIPLOKG_ADMIN_PASSWORD");
        builder.environment().remove("DIPLOKG_ADMIN_PASSWORD_FILE");
        return builder.start();
    }

}
