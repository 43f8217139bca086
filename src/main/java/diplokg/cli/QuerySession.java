package diplokg.cli;

import diplokg.knowledge.KnowledgeLayer;
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
            warnOfOtherRules(store, project, err);
            QueryResult result = work.apply(new QueryRunner(new QueryTarget.Local(store.dataset()), timeout));
            writer.write(result, options.format.resultFormat(), out);
        } catch (StoreLockedException e) {
            ServerRecord server = HoldingServer.of(e).orElseThrow(() -> e);
            HoldingServer.announce(server, err);
            writer.write(work.apply(new QueryRunner(new QueryTarget.Remote(server.url() + "/kg/sparql"), timeout)),
                    options.format.resultFormat(), out);
        }
    }

    /**
     * A query only reads, so it does not derive the knowledge graph again as the writers and the server do when it was
     * made by other rules; it says that what the queries read may be missing from it.
     */
    private static void warnOfOtherRules(TdbStore store, ProjectOptions project, PrintWriter err) {
        String rules = new KnowledgeLayer(project.base()).rules();
        if (!rules.equals(store.derivedRules()) && !store.isEmpty()) {
            err.printf("note: the knowledge graph of %s was not derived by this version's rules (%s): saved queries"
                    + " may miss what they read until ./diplokg knowledge --rebuild, an ingest or the server derives"
                    + " it again%n", project.data(), rules);
            err.flush();
        }
    }

    /** The prefixes used to shorten IRIs in tables: the common vocabularies and diplokg's own. */
    static PrefixMapping prefixes(ProjectOptions project) {
        return Namespaces.of(project.base());
    }
}
