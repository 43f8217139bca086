package diplokg.server;

import diplokg.queries.ResultFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;

/**
 * The formats a saved query's answer is offered in, by query form, default first: SPARQL results JSON, XML, CSV and
 * TSV for SELECT and ASK; Turtle, JSON-LD and N-Triples for CONSTRUCT and DESCRIBE.
 */
final class AnswerFormats {

    private static final List<ResultFormat> ROWS =
            List.of(ResultFormat.JSON, ResultFormat.XML, ResultFormat.CSV, ResultFormat.TSV);
    private static final List<ResultFormat> GRAPH = List.of(ResultFormat.TTL, ResultFormat.JSONLD, ResultFormat.NT);

    private AnswerFormats() {
    }

    /** The formats of {@code query}'s answer. */
    static List<ResultFormat> of(Query query) {
        return query.isConstructType() || query.isDescribeType() ? GRAPH : ROWS;
    }

    /** Their media types. */
    static List<String> mediaTypes(Query query) {
        return of(query).stream().map(ResultFormat::mediaType).toList();
    }

    /** The format of {@code mediaType} among those of {@code query}. */
    static Optional<ResultFormat> byMediaType(Query query, String mediaType) {
        return of(query).stream().filter(f -> f.mediaType().equals(mediaType)).findFirst();
    }

    /** "select", "ask", "construct" or "describe". */
    static String form(Query query) {
        if (query.isAskType()) {
            return "ask";
        }
        if (query.isConstructType()) {
            return "construct";
        }
        return query.isDescribeType() ? "describe" : "select";
    }
}
