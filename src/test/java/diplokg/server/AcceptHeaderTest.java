package diplokg.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AcceptHeaderTest {

    private static final List<String> OFFERS = List.of("text/turtle", "application/ld+json", "application/n-triples",
            "text/html");

    private static String choose(String header) {
        return AcceptHeader.parse(header).choose(OFFERS).orElse("none");
    }

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
            "text/turtle;q=0, text/* | text/html",
            "APPLICATION/LD+JSON | application/ld+json",
            "application/pdf | none",
            "text/turtle;q=0 | none",
            "text/turtle;q=0.4, application/*;q=0.4 | text/turtle",
            "application/*;q=0.4, text/turtle;q=0.4 | text/turtle",
            "text/turtle;level=1;q=0.2, application/n-triples;q=0.3 | application/n-triples",
    })
    void choosesTheOfferWithTheHighestWeightThenTheServersOrder(String header, String expected) {
        assertEquals(expected, choose(header));
    }

    @Test
    void givesEachTypeTheWeightOfItsMostSpecificRange() {
        AcceptHeader header = AcceptHeader.parse("*/*;q=0.1, text/*;q=0.5, text/html;q=0.9");
        assertEquals(0.9, header.quality("text/html"));
        assertEquals(0.5, header.quality("text/turtle"));
        assertEquals(0.1, header.quality("application/ld+json"));
    }

    @Test
    void skipsMalformedRangesAndClampsWeights() {
        AcceptHeader header = AcceptHeader.parse("garbage, */html, text/turtle;q=7, application/ld+json;q=abc");
        assertEquals(List.of(new AcceptHeader.MediaRange("text", "turtle", 1.0),
                new AcceptHeader.MediaRange("application", "ld+json", 1.0)), header.ranges());
        assertEquals(AcceptHeader.ANY, AcceptHeader.parse(",,;"));
    }

    @Test
    void acceptsNothingOfferedWhenNoRangeMatches() {
        assertEquals(Optional.empty(), AcceptHeader.parse("image/png").choose(OFFERS));
    }
}
