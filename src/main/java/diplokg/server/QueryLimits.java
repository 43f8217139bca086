package diplokg.server;

import diplokg.DiplokgException;
import java.time.Duration;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Statement;

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

    static final String JA = "http://jena.hpl.hp.com/2005/11/Assembler#";

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
        Property name = config.createProperty(JA, "cxtName");
        Property value = config.createProperty(JA, "cxtValue");
        for (Statement setting : config.listStatements(null, name, "arq:queryTimeout").toList()) {
            Statement given = setting.getSubject().getProperty(value);
            if (given != null) {
                return new QueryLimits(overall(given.getObject()), DEFAULT_MAX_ROWS);
            }
        }
        return new QueryLimits(DEFAULT_TIMEOUT, DEFAULT_MAX_ROWS);
    }

    private static Duration overall(RDFNode value) {
        String text = value.isLiteral() ? value.asLiteral().getLexicalForm() : value.toString();
        String[] parts = text.split(",");
        try {
            return Duration.ofMillis(Long.parseLong(parts[parts.length - 1].strip()));
        } catch (NumberFormatException e) {
            throw new DiplokgException("arq:queryTimeout must be milliseconds, as \"10000,30000\": " + text, e);
        }
    }
}
