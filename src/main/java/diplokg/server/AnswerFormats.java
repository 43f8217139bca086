package diplokg.server;

import diplokg.queries.ResultFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.jena.query.Query;
import org.apache.jena.riot.WebContent;

/**
 * The formats a saved query's answer is offered in, by query form, default first: SPARQL results JSON, XML, CSV and
 * TSV for SELECT and ASK; Turtle, JSON-LD and N-Triples for CONSTRUCT and DESCRIBE.
 */
final class AnswerFormats {

    private static final String PLAIN_JSON = WebContent.contentTypeJSON;

    private AnswerFormats() {
    }

    /** The formats of {@code query}'s answer. */
    static List<ResultFormat> of(Query query) {
        return query.isConstructType() || query.isDescribeType() ? ResultFormat.GRAPHS : ResultFormat.ROWS;
    }

    /** Their media types. */
    static List<String> mediaTypes(Query query) {
        return ResultFormat.mediaTypes(of(query));
    }

    /**
     * The media types a request may ask for: those of {@link #mediaTypes}, then plain {@value #PLAIN_JSON}, which
     * many HTTP clients send and which is answered in the query form's JSON format (its own media type in the reply).
     */
    static List<String> offers(Query query) {
        return Stream.concat(mediaTypes(query).stream(), Stream.of(PLAIN_JSON)).toList();
    }

    /** The format of {@code mediaType} among the {@link #offers} of {@code query}. */
    static Optional<ResultFormat> byMediaType(Query query, String mediaType) {
        if (PLAIN_JSON.equals(mediaType)) {
            return Optional.of(of(query) == ResultFormat.GRAPHS ? ResultFormat.JSONLD : ResultFormat.JSON);
        }
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
