package diplokg.cli;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.ResultWriter;
import diplokg.store.StoreException;
import diplokg.store.StoreLockedException;
import diplokg.store.TdbStore;
import diplokg.vocab.Namespaces;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.function.Function;
import org.apache.jena.shared.PrefixMapping;

/**
 * Runs one query for a CLI verb against the right target: the endpoint the user named; else the local store; else,
 * when a running {@code diplokg serve} holds the store's lock, that server's endpoint, with a note on stderr.
 */
final class QuerySession {

    static final String LOCAL_SERVER = "http://localhost:3030/kg/sparql";
    private static final Duration PING_PATIENCE = Duration.ofSeconds(10);

    private QuerySession() {
    }

    /** Runs {@code work} with a runner for the target and writes its result to {@code out}. */
    static void run(ProjectOptions project, QueryOptions options, PrintWriter err, OutputStream out,
                    Function<QueryRunner, QueryResult> work) {
        Duration timeout = Duration.ofSeconds(options.timeoutSeconds);
        ResultWriter writer = new ResultWriter(prefixes(project), options.tableWidth());
        if (options.endpoint != null) {
            writer.write(work.apply(new QueryRunner(new QueryTarget.Remote(options.endpoint), timeout)),
                    options.format.resultFormat(), out);
            return;
        }
        try (TdbStore store = TdbStore.open(project.data())) {
            QueryResult result = work.apply(new QueryRunner(new QueryTarget.Local(store.dataset()), timeout));
            writer.write(result, options.format.resultFormat(), out);
        } catch (StoreLockedException e) {
            if (!serverAnswers(LOCAL_SERVER)) {
                throw new StoreException(project.data() + ": the store is held by " + e.holderDescription()
                        + " and no diplokg server answers at " + LOCAL_SERVER
                        + "; stop that process, or give the endpoint of the server that holds it with --endpoint URL",
                        e);
            }
            err.println("diplokg: the store is held by a running server; querying " + LOCAL_SERVER + " instead");
            err.flush();
            writer.write(work.apply(new QueryRunner(new QueryTarget.Remote(LOCAL_SERVER), timeout)),
                    options.format.resultFormat(), out);
        }
    }

    /** The prefixes used to shorten IRIs in tables: the common vocabularies and diplokg's own. */
    static PrefixMapping prefixes(ProjectOptions project) {
        return Namespaces.of(project.base());
    }

    private static boolean serverAnswers(String endpoint) {
        // Nothing listening is refused at once; the patience is for a server that is there but busy (a loaded
        // machine took more than two seconds to answer /$/ping in the integration tests).
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(PING_PATIENCE).build();
            URI ping = URI.create(endpoint.substring(0, endpoint.length() - "/kg/sparql".length()) + "/$/ping");
            HttpResponse<Void> response = client.send(HttpRequest.newBuilder(ping).timeout(PING_PATIENCE)
                    .build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
