package diplokg.vocab;

import java.util.Objects;

/**
 * The configurable base under which diplokg mints resource and graph IRIs: resources at {@code {base}id/...},
 * article graphs at {@code {base}graph/article/{id}}. The reference data in {@code ontology/} is written against
 * {@link #DEFAULT}; {@link #rebase(String)} moves such an IRI under this base.
 */
public record BaseIri(String value) {

    /** The published base. */
    public static final String DEFAULT_VALUE = "https://w3id.org/diplokg/";
    public static final BaseIri DEFAULT = new BaseIri(DEFAULT_VALUE);

    public BaseIri {
        Objects.requireNonNull(value, "base IRI");
        if (!value.matches("https?://[^\\s<>\"{}|\\\\^`]+/")) {
            throw new IllegalArgumentException("base IRI must be an http(s) IRI ending with '/': " + value);
        }
    }

    /** {@code {base}id/{path}}. */
    public String id(String path) {
        return value + "id/" + path;
    }

    /** {@code {base}graph/{path}}. */
    public String graph(String path) {
        return value + "graph/" + path;
    }

    /** The IRI of the named graph of one article. */
    public String articleGraph(String articleId) {
        return graph("article/" + articleId);
    }

    /** The named graph holding the ontology, the vocabularies and the states. */
    public String referenceGraph() {
        return graph("reference");
    }

    /** The named graph holding what is derived from all articles (current levels, counts). */
    public String derivedGraph() {
        return graph("derived");
    }

    /** Moves an IRI minted under the default base under this one; other IRIs are returned unchanged. */
    public String rebase(String iri) {
        if (value.equals(DEFAULT_VALUE) || !iri.startsWith(DEFAULT_VALUE) || iri.startsWith(Dkg.NS)
                || iri.equals(Dkg.ONTOLOGY)) {
            return iri;
        }
        return value + iri.substring(DEFAULT_VALUE.length());
    }
}
