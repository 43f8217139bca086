package diplokg.queries;

import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.rdf.model.Model;

/** What a query answered: rows (SELECT), a boolean (ASK) or a graph (CONSTRUCT, DESCRIBE). */
public sealed interface QueryResult {

    /** Rows of a SELECT query, rewindable so that they can be written more than once. */
    record Rows(ResultSetRewindable rows) implements QueryResult {
    }

    /** The answer of an ASK query. */
    record Answer(boolean value) implements QueryResult {
    }

    /** The graph of a CONSTRUCT or DESCRIBE query. */
    record Triples(Model model) implements QueryResult {
    }
}
