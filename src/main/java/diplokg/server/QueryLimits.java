package diplokg.server;

import diplokg.DiplokgException;
import java.time.Duration;
import org.apache.jena.assembler.JA;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.sparql.engine.Timeouts;

/**
 * What one query may cost on the server.
 *
 * <p>The timeout is the configuration's {@code arq:queryTimeout} (server-wide {@code ja:context}), which Fuseki
 * applies to {@code /kg/sparql}; the saved-query API and the linked-data pages use its overall part too, so every
 * way into the store stops at the same time. SPARQL has no result-size setting in Fuseki, so the row cap is applied
 * by the saved-query API only, by lowering a query's {@code LIMIT} to {@code maxRows}; {@code /kg/sparql} is bounded
 * by the timeout alone.
 *
 * @param timeout the longest a query runs before it is cancelled
 * @param maxRows the most solutions a saved query returns
 */
public record QueryLimits(Duration timeout, int maxRows) {

    /** Used when the configuration sets no timeout. */
    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
    public static final int DEFAULT_MAX_ROWS = 10_000;

    public QueryLimits {
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout);
        }
        if (maxRows < 1) {
            throw new IllegalArgumentException("maxRows must be positive: " + maxRows);
        }
    }

    /**
     * The limits of a Fuseki configuration: the overall part of its {@code arq:queryTimeout} ("first,overall" or a
     * single value, in milliseconds), or {@link #DEFAULT_TIMEOUT}.
     */
    static QueryLimits of(Model config) {
        for (Statement setting : config.listStatements(null, JA.cxtName, "arq:queryTimeout").toList()) {
            Statement given = setting.getSubject().getProperty(JA.cxtValue);
            if (given != null) {
                return new QueryLimits(overall(given.getObject()), DEFAULT_MAX_ROWS);
            }
        }
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    /**
     * The overall part, read by ARQ's own parser ({@link Timeouts#parseTimeout}), so that the saved-query API stops
     * where Fuseki stops {@code /kg/sparql}. ARQ ignores a value it cannot read, leaving {@code /kg/sparql} without
     * a timeout; here such a value stops the server instead.
     */
    private static Duration overall(RDFNode value) {
        String text = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString();
        Timeouts.Timeout timeout = Timeouts.parseTimeout(text);
        if (!timeout.hasOverallTimeout()) {
            throw new DiplokgException("arq:queryTimeout must be milliseconds, as \"10000,30000\": " + text);
        }
        return Duration.ofMillis(timeout.overallTimeoutMillis());
    }
}
