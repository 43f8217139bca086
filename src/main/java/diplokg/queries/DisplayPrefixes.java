package diplokg.queries;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes that shorten IRIs where people read results (tables, Turtle): the common vocabularies, diplokg's
 * ontology, and one prefix per kind of resource under the base IRI, so that a table shows {@code state:VN} and
 * {@code event:002_3e8b7122a839a5da-1} rather than full IRIs.
 */
public final class DisplayPrefixes {

    /** Prefix and path under {@code {base}id/}, one per kind of resource the mapper mints. */
    private static final String[][] KINDS = {
        {"state", "state/"}, {"person", "person/"}, {"article", "article/"}, {"org", "organization/"},
        {"rel", "relation/"}, {"position", "position/"}, {"event", "event/"}, {"partnership", "partnership/"},
        {"establishment", "establishment/"}, {"target", "target/"}, {"agreement", "agreement/"},
        {"level", "level/"}, {"role", "role/"}, {"sector", "sector/"}, {"etype", "event-type/"},
        {"atype", "agreement-type/"}, {"status", "status/"}, {"indicator", "indicator/"},
    };

    private DisplayPrefixes() {
    }

    /** The prefixes for resources under {@code base}; locked. */
    public static PrefixMapping of(BaseIri base) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("dkg", Dkg.NS)
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#");
        for (String[] kind : KINDS) {
            prefixes.setNsPrefix(kind[0], base.id(kind[1]));
        }
        return prefixes.lock();
    }
}
