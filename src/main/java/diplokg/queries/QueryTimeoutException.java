package diplokg.queries;

import diplokg.DiplokgException;
import java.time.Duration;
import org.apache.jena.query.QueryCancelledException;

/**
 * A query stopped because it ran longer than its runner's timeout (Jena cancelled it with a
 * {@link QueryCancelledException}, or the answer another caller was computing did not come in time). The server
 * answers it with 503; the message states the timeout.
 */
public class QueryTimeoutException extends DiplokgException {

    private final Duration timeout;

    public QueryTimeoutException(Duration timeout, QueryCancelledException cause) {
        super("query stopped after the timeout of " + timeout.toMillis() + " ms", cause);
        this.timeout = timeout;
    }

    /** The timeout the query ran out of. */
    public Duration timeout() {
        return timeout;
    }
}
