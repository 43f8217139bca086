package diplokg.cli;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.queries.QueryTarget;
import diplokg.queries.ResultWriter;
import diplokg.server.ServerRecord;
import diplokg.store.StoreLockedException;
import diplokg.store.TdbStore;
import diplokg.vocab.Namespaces;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.function.Function;
import org.apache.jena.shared.PrefixMapping;

/**
 * Runs one query for a CLI verb against the right target: the endpoint the user named; else the local store; else,
 * when a running diplokg server holds the store's lock, that server's endpoint, found through the record it keeps in
 * the store's folder ({@link HoldingServer}), with a note on stderr.
 */
final class QuerySession {

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
            ServerRecord server = HoldingServer.of(e).orElseThrow(() -> e);
            HoldingServer.announce(server, err);
            writer.write(work.apply(new QueryRunner(new QueryTarget.Remote(server.url() + "/kg/sparql"), timeout)),
                    options.format.resultFormat(), out);
        }
    }

    /** The prefixes used to shorten IRIs in tables: the common vocabularies and diplokg's own. */
    static PrefixMapping prefixes(ProjectOptions project) {
        return Namespaces.of(project.base());
    }
}
