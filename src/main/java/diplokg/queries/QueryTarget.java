package diplokg.queries;

import diplokg.DiplokgException;
import diplokg.store.ReadTransaction;
import diplokg.store.UnionQuery;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.engine.http.QueryExceptionHTTP;
import org.apache.jena.sparql.exec.http.QueryExecutionHTTP;

/** Where queries run: the local store, or a remote SPARQL endpoint such as a running {@code diplokg serve}. */
public sealed interface QueryTarget {

    /**
     * Runs {@code work} on an execution of {@code query} with {@code timeout}, inside whatever the target needs
     * (a read transaction for the local store), and returns what {@code work} returned. {@code work} must copy what
     * it keeps: the execution is closed afterwards.
     */
    <T> T execute(Query query, Duration timeout, Function<QueryExecution, T> work);

    /** The local TDB2 dataset; the default graph is the union of the named graphs, as on the server. */
    record Local(DatasetGraph dataset) implements QueryTarget {

        @Override
        public <T> T execute(Query query, Duration timeout, Function<QueryExecution, T> work) {
            return ReadTransaction.calculate(dataset, () -> {
                try (QueryExecution execution = UnionQuery.over(dataset, query)
                        // Both limits: left unset, the first-result limit would come from the server's context
                        // (10 s in fuseki-config.ttl) and cut short a runner given more time.
                        .initialTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .overallTimeout(timeout.toMillis(), TimeUnit.MILLISECONDS)
                        .build()) {
                    return work.apply(execution);
                }
            });
        }
    }

    /** A SPARQL endpoint URL. */
    record Remote(String endpoint) implements QueryTarget {

        private static final int HTTP_BAD_REQUEST = 400;
        /** What Fuseki's 400 says when jena-text could not parse the words of {@code text:query}. */
        private static final String TEXT_SEARCH_PARSE_ERROR = "Text search parse error";

        /**
         * {@inheritDoc}
         *
         * @throws DiplokgException naming the endpoint and, in one line, why it did not answer (no connection, or
         *                          the HTTP status and the first line the server sent back)
         * @throws QueryParameterException when the endpoint could not parse the words of a full-text search
         */
        @Override
        public <T> T execute(Query query, Duration timeout, Function<QueryExecution, T> work) {
            try (QueryExecution execution = QueryExecutionHTTP.service(endpoint).query(query)
                    .timeout(timeout.toMillis()).build()) {
                return work.apply(execution);
            } catch (QueryExceptionHTTP e) {
                if (e.getStatusCode() == HTTP_BAD_REQUEST && e.getResponse() != null
                        && e.getResponse().contains(TEXT_SEARCH_PARSE_ERROR)) {
                    // The same words on the local store are a parameter error; say so the same way, not as the
                    // endpoint's first line ("Query parse error:"), which names nothing.
                    throw QueryParameterException.badSearchText(e);
                }
                throw new DiplokgException("cannot query " + endpoint + ": " + reason(e), e);
            }
        }

        /** Jena's message holds the whole query URL; the status, the server's words or the cause say more. */
        private static String reason(QueryExceptionHTTP e) {
            if (e.getStatusCode() > 0) {
                String body = e.getResponse() == null ? "" : e.getResponse().strip().lines().findFirst().orElse("");
                return "HTTP " + e.getStatusCode() + (body.isEmpty() ? "" : " " + body);
            }
            Throwable cause = e.getCause() == null ? e : e.getCause();
            return cause.getMessage() == null ? "no answer (" + cause.getClass().getSimpleName() + ")"
                    : cause.getMessage().strip().lines().findFirst().orElse("");
        }
    }
}
