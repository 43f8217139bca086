package diplokg.queries;

import java.util.Locale;
import org.apache.jena.riot.Lang;

/** Output formats of query results: a table for terminals, the SPARQL result formats, and RDF syntaxes for graphs. */
public enum ResultFormat {
    TABLE(null, "text/plain"),
    CSV(null, "text/csv"),
    TSV(null, "text/tab-separated-values"),
    JSON(null, "application/sparql-results+json"),
    XML(null, "application/sparql-results+xml"),
    TTL(Lang.TURTLE, "text/turtle"),
    JSONLD(Lang.JSONLD, "application/ld+json"),
    NT(Lang.NTRIPLES, "application/n-triples");

    private final Lang graphLang;
    private final String mediaType;

    ResultFormat(Lang graphLang, String mediaType) {
        this.graphLang = graphLang;
        this.mediaType = mediaType;
    }

    /** The RDF syntax for graph results, or null for a row format. */
    public Lang graphLang() {
        return graphLang;
    }

    /** The media type written. */
    public String mediaType() {
        return mediaType;
    }

    /** The format named {@code name} ("csv", "jsonld" ...), case-insensitive. */
    public static ResultFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }
}
