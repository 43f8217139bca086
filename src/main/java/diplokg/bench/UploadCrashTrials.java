package diplokg.bench;

import diplokg.DiplokgException;
import diplokg.server.ServerRecord;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.IntConsumer;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Crash trials of the server's writer: {@code diplokg serve} with admin credentials runs in a child JVM over a store
 * holding old articles, new ones are sent as one zip to {@code POST /kg-admin/articles}, and the server is killed
 * with SIGKILL at a random moment of the upload (the moments drawn as in {@link CrashTrials}). The store must then
 * open, validate and hold exactly the old state or the state a complete upload leaves. {@link #runUpdate} does the
 * same with one SPARQL Update posted to {@code /kg-admin/update} instead of the upload.
 */
public final class UploadCrashTrials {

    private static final Duration START_LIMIT = Duration.ofMinutes(2);

    private final CrashTrials checks;
    private final ChildJvm jvm;
    private final List<String> serveOptions;
    private final String password = UUID.randomUUID().toString();
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    /**
     * @param checks       the ingest trials, whose old-store loading and store checks these share
     * @param mainClass    the command line's main class
     * @param serveOptions options of {@code serve} besides the store and the port ({@code --ontology}...)
     */
    public UploadCrashTrials(CrashTrials checks, String mainClass, List<String> serveOptions) {
        this.checks = checks;
        this.jvm = new ChildJvm(mainClass, "512m");
        this.serveOptions = List.copyOf(serveOptions);
    }

    /** Runs {@code trials} trials in {@code work}, as {@link CrashTrials#run} does, the writer being the server. */
    public List<CrashTrial> run(Path work, Path oldArticles, Path newArticles, int trials, long seed,
                                IntConsumer done) {
        return run(work, oldArticles, new Post("/kg-admin/articles", "application/zip", zip(newArticles)), trials,
                seed, done);
    }

    /**
     * Runs {@code trials} trials in {@code work} as {@link #run} does, the server being killed during one SPARQL
     * Update ({@code update}) posted to {@code /kg-admin/update} instead of an upload.
     */
    public List<CrashTrial> runUpdate(Path work, Path oldArticles, String update, int trials, long seed,
                                      IntConsumer done) {
        return run(work, oldArticles, new Post("/kg-admin/update", "application/sparql-update",
                update.getBytes(StandardCharsets.UTF_8)), trials, seed, done);
    }

    /**
     * The SPARQL Update of the update trials, one request and so one transaction: every article title is replaced by
     * a revised one (a delete and an insert per article), and every subject of an article graph gets an
     * {@code rdfs:comment} per predicate it has, which adds many quads to every article graph (and gives the
     * knowledge layer's re-derivation every article to redo).
     */
    public static String update(BaseIri base) {
        String articles = base.graph("article/");
        return """
                PREFIX dkg: <%s>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                DELETE { GRAPH ?g { ?a dkg:title ?t } }
                INSERT { GRAPH ?g { ?a dkg:title ?revised } }
                WHERE {
                  GRAPH ?g { ?a dkg:title ?t }
                  FILTER(STRSTARTS(STR(?g), "%s"))
                  BIND(IF(LANG(?t) = "", CONCAT(STR(?t), " (revised)"), STRLANG(CONCAT(STR(?t), " (revised)"),
                       LANG(?t))) AS ?revised)
                } ;
                INSERT { GRAPH ?g { ?s rdfs:comment ?c } }
                WHERE {
                  GRAPH ?g { ?s ?p ?o }
                  FILTER(STRSTARTS(STR(?g), "%s"))
                  BIND(CONCAT("crash trial: ", STR(?p)) AS ?c)
                }
                """.formatted(Dkg.NS, articles, articles);
    }

    /** A request that writes to the store: its path, media type and body. */
    private record Post(String path, String contentType, byte[] body) {
    }

    private List<CrashTrial> run(Path work, Path oldArticles, Post post, int trials, long seed, IntConsumer done) {
        RawLoader.delete(work);
        Path oldStore = work.resolve("old");
        checks.ingest(oldStore, oldArticles, work.resolve("old.log"));
        Map<String, Long> before = checks.check(oldStore, "the old store");
        Path newStore = work.resolve("new");
        CrashTrials.copy(oldStore, newStore);
        Process server = serve(newStore, work.resolve("new.log"));
        long start = System.nanoTime();
        int status = upload(ServerRecord.read(newStore).orElseThrow().url(), post);
        long complete = Math.max(1, (System.nanoTime() - start) / 1_000_000);
        stop(server);
        if (status / 100 != 2) {
            throw new DiplokgException("the complete " + post.path() + " answered " + status + "; see "
                    + work.resolve("new.log"));
        }
        Map<String, Long> after = checks.check(newStore, "the store after a complete request");
        if (after.equals(before)) {
            throw new DiplokgException("a complete " + post.path() + " changes nothing in the store; crash trials need"
                    + " a change");
        }
        Random random = new Random(seed);
        List<CrashTrial> results = new ArrayList<>();
        for (int i = 1; i <= trials; i++) {
            results.add(trial(i, work, oldStore, post, CrashTrials.killMoment(i, complete, random), before, after));
            done.accept(i);
        }
        return results;
    }

    private CrashTrial trial(int number, Path work, Path oldStore, Post post, long killAfter,
                             Map<String, Long> before, Map<String, Long> after) {
        Path store = work.resolve("trial-" + number);
        CrashTrials.copy(oldStore, store);
        Process server = serve(store, work.resolve("trial-" + number + ".log"));
        String url = ServerRecord.read(store).orElseThrow().url();
        int[] status = {-1};
        Thread uploader = new Thread(() -> status[0] = upload(url, post), "crash-trial-upload");
        uploader.setDaemon(true);
        long start = System.nanoTime();
        uploader.start();
        try {
            uploader.join(Math.max(1, killAfter));
        } catch (InterruptedException e) {
            ChildJvm.kill(server);
            Thread.currentThread().interrupt();
            throw new DiplokgException("crash trials interrupted", e);
        }
        boolean answered = !uploader.isAlive() && status[0] / 100 == 2;
        ChildJvm.kill(server);
        long killedAfter = (System.nanoTime() - start) / 1_000_000;
        String outcome = checks.outcome(store, number, before, after, answered);
        return CrashTrials.settle(number, killedAfter, outcome, CrashTrials.CONSISTENT.contains(outcome), store);
    }

    /** Starts the server over {@code store} and waits until it answers. */
    private Process serve(Path store, Path log) {
        List<String> arguments = new ArrayList<>(List.of("serve", "--data", store.toAbsolutePath().toString(),
                "--port", "0"));
        arguments.addAll(serveOptions);
        Process server = jvm.start(arguments, Map.of("DIPLOKG_ADMIN_PASSWORD", password), log);
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (System.nanoTime() < deadline && server.isAlive()) {
            if (ServerRecord.read(store).filter(r -> r.pid() == server.pid() && r.answers(Duration.ofSeconds(2)))
                    .isPresent()) {
                return server;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                ChildJvm.kill(server);
                Thread.currentThread().interrupt();
                throw new DiplokgException("interrupted while the server started", e);
            }
        }
        ChildJvm.kill(server);
        throw new DiplokgException("the server over " + store + " did not start:\n" + ChildJvm.tail(log));
    }

    /** Posts the request; returns the status, or 0 when no answer came (the server was killed). */
    private int upload(String url, Post post) {
        String login = Base64.getEncoder().encodeToString(("admin:" + password).getBytes(StandardCharsets.UTF_8));
        HttpRequest request = HttpRequest.newBuilder(URI.create(url + post.path()))
                .header("Content-Type", post.contentType()).header("Authorization", "Basic " + login)
                .timeout(Duration.ofMinutes(5)).POST(HttpRequest.BodyPublishers.ofByteArray(post.body())).build();
        try {
            return client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return 0;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 0;
        }
    }

    /** Stops a server as Ctrl-C would, so that it releases the store; forcibly if it lingers. */
    private static void stop(Process server) {
        server.destroy();
        try {
            if (!server.waitFor(30, TimeUnit.SECONDS)) {
                ChildJvm.kill(server);
            }
        } catch (InterruptedException e) {
            ChildJvm.kill(server);
            Thread.currentThread().interrupt();
        }
    }

    private static byte[] zip(Path folder) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes); Stream<Path> files = Files.list(folder)) {
            for (Path file : files.sorted().toList()) {
                zip.putNextEntry(new ZipEntry(file.getFileName().toString()));
                zip.write(Files.readAllBytes(file));
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot zip the articles: " + e.getMessage(), e);
        }
        return bytes.toByteArray();
    }
}
