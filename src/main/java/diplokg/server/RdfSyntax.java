package diplokg.server;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.apache.jena.riot.RDFFormat;

/**
 * The RDF syntaxes a graph is served in, in the server's order of preference: the first one is what a client that
 * accepts anything gets.
 */
public enum RdfSyntax {
    TURTLE("text/turtle", RDFFormat.TURTLE_PRETTY),
    JSONLD("application/ld+json", RDFFormat.JSONLD),
    NTRIPLES("application/n-triples", RDFFormat.NTRIPLES);

    private final String mediaType;
    private final RDFFormat format;

    RdfSyntax(String mediaType, RDFFormat format) {
        this.mediaType = mediaType;
        this.format = format;
    }

    public String mediaType() {
        return mediaType;
    }

    /**
     * The Jena writer format. JSON-LD is written compacted, with the graph's prefixes as its {@code @context}, so
     * that {@code dkg:}, {@code skos:} or {@code rdfs:} terms read as short names.
     */
    public RDFFormat format() {
        return format;
    }

    /** Every media type, in preference order. */
    public static List<String> mediaTypes() {
        return Arrays.stream(values()).map(RdfSyntax::mediaType).toList();
    }

    /** The syntax of {@code mediaType}, if it is one. */
    public static Optional<RdfSyntax> of(String mediaType) {
        return Arrays.stream(values()).filter(s -> s.mediaType.equals(mediaType)).findFirst();
    }
}
