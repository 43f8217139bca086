package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.queries.ResultFormat;
import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The server's one negotiation (Fuseki's ConNeg): weights decide, the server's order breaks ties, no preference
 * gets the default, nothing acceptable gets nothing (406).
 */
class ContentNegotiationTest {

    private static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/n-triples",
            "text/html");

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "NULL | text/turtle",
            "'' | text/turtle",
            "*/* | text/turtle",
            "text/html | text/html",
            "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | text/html",
            "application/ld+json;q=0.8, text/*;q=0.3 | application/ld+json",
            "text/turtle;q=0.5, application/n-triples, text/html;q=0.9 | application/n-triples",
            "text/*;q=0.2, text/html | text/html",
            "application/pdf | none",
            "image/png | none",
            "text/turtle;q=0, text/* | text/html",
            "text/turtle;q=0 | none",
            "text/turtle;q=0.4, application/*;q=0.4 | text/turtle",
            "application/*;q=0.4, text/turtle;q=0.4 | text/turtle",
    })
    void choosesTheOfferWithTheHighestWeightThenTheServersOrder(String header, String expected) {
        assertEquals(expected, ContentNegotiation.choose(header, OFFERS).orElse("none"));
    }

    @Test
    void answersPlainJsonInTheQueryFormsJsonFormat() {
        Query select = QueryFactory.create("SELECT * { ?s ?p ?o }");
        Query construct = QueryFactory.create("CONSTRUCT WHERE { ?s ?p ?o }");
        assertEquals(Optional.of(ResultFormat.JSON), negotiate("application/json", select));
        assertEquals(Optional.of(ResultFormat.JSONLD), negotiate("application/json", construct));
        assertEquals(Optional.of(ResultFormat.JSON), negotiate("*/*", select));
        assertEquals(Optional.of(ResultFormat.TTL), negotiate("*/*", construct));
        assertEquals(Optional.of(ResultFormat.CSV), negotiate("text/csv, application/json;q=0.5", select));
        assertEquals(Optional.empty(), negotiate("text/turtle", select));
    }

    @Test
    void offersJenasMediaTypesForEachForm() {
        assertEquals(List.of("application/sparql-results+json", "application/sparql-results+xml", "text/csv",
                "text/tab-separated-values"), AnswerFormats.mediaTypes(QueryFactory.create("ASK {}")));
        assertEquals(List.of("text/turtle", "application/ld+json", "application/n-triples"),
                AnswerFormats.mediaTypes(QueryFactory.create("DESCRIBE <urn:x>")));
    }

    private static Optional<ResultFormat> negotiate(String header, Query query) {
        return ContentNegotiation.choose(header, AnswerFormats.offers(query))
                .flatMap(mediaType -> AnswerFormats.byMediaType(query, mediaType));
    }
}
