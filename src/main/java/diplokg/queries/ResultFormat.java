package diplokg.queries;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.WebContent;
import org.apache.jena.riot.resultset.ResultSetLang;

/**
 * The named output formats of query results ({@code --format csv}, the saved-query API's offers): a table for
 * terminals, then Jena's SPARQL result languages and RDF languages, whose media types are Jena's
 * ({@link Lang#getHeaderString()}); this enum only names them.
 */
public enum ResultFormat {
    TABLE(null),
    CSV(ResultSetLang.RS_CSV),
    TSV(ResultSetLang.RS_TSV),
    JSON(ResultSetLang.RS_JSON),
    XML(ResultSetLang.RS_XML),
    TTL(Lang.TURTLE),
    JSONLD(Lang.JSONLD),
    NT(Lang.NTRIPLES);

    /** The formats of rows (SELECT, ASK) served over HTTP, the default first. */
    public static final List<ResultFormat> ROWS = List.of(JSON, XML, CSV, TSV);
    /** The formats of graphs (CONSTRUCT, DESCRIBE, resources, the ontology), the default first. */
    public static final List<ResultFormat> GRAPHS = List.of(TTL, JSONLD, NT);

    private final Lang lang;

    ResultFormat(Lang lang) {
        this.lang = lang;
    }

    /** Jena's language of this format; null for the table. */
    public Lang lang() {
        return lang;
    }

    /** Whether this is an RDF syntax, for graph results. */
    public boolean isGraph() {
        return lang != null && RDFLanguages.isTriples(lang);
    }

    /** The media type written. */
    public String mediaType() {
        return lang == null ? WebContent.contentTypeTextPlain : lang.getHeaderString();
    }

    /** The format named {@code name} ("csv", "jsonld" ...), case-insensitive. */
    public static ResultFormat of(String name) {
        return valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The format of {@code mediaType}, if one has it. */
    public static Optional<ResultFormat> byMediaType(String mediaType) {
        return Arrays.stream(values()).filter(f -> f.mediaType().equals(mediaType)).findFirst();
    }

    /** The media types of {@code formats}, in order. */
    public static List<String> mediaTypes(List<ResultFormat> formats) {
        return formats.stream().map(ResultFormat::mediaType).toList();
    }
}
