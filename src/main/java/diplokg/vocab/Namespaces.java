package diplokg.vocab;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.query.text.TextQuery;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.vocabulary.FOAF;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.ORG;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.SchemaDO;
import org.apache.jena.vocabulary.VOID;

/**
 * The one prefix map of diplokg: what every table, report, export and served graph shortens IRIs with, so that a
 * CURIE means the same everywhere. {@code org:} is W3C ORG, as in {@code ontology/diplokg.ttl}; diplokg's own
 * organisations ({@code {base}id/organization/}) are {@code organization:}.
 *
 * <p>The common vocabularies come from Jena's vocabulary classes; the few Jena has none for are the constants here.
 * Under the base IRI there is one prefix per kind of resource the mapper mints, so that a table shows
 * {@code state:VN} and {@code event:002_3e8b7122a839a5da-1}, then {@code id:} and {@code graph:} for the rest.
 * Prefixes overlap ({@code id:} holds {@code state:}): shorten with {@link #shortForm}, where the longest namespace
 * wins, not with {@link PrefixMapping#shortForm}, which takes whichever matches first.
 */
public final class Namespaces {

    /** W3C PROV-O; Jena has no vocabulary class for it. */
    public static final String PROV = "http://www.w3.org/ns/prov#";
    /** The Simple Event Model. */
    public static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    /** SPARQL 1.1 Service Description. */
    public static final String SD = "http://www.w3.org/ns/sparql-service-description#";
    /** The W3C's IRIs of RDF and SPARQL result formats ({@code formats:Turtle}). */
    public static final String FORMATS = "http://www.w3.org/ns/formats/";
    /** diplokg's SHACL shapes ({@code ontology/shapes.ttl}); not moved with the base, like the ontology. */
    public static final String SHAPES = BaseIri.DEFAULT_VALUE + "shapes#";

    /**
     * Prefix and path under {@code {base}id/}, one per kind of resource the mapper mints, and the knowledge layer's
     * happenings.
     */
    private static final List<Map.Entry<String, String>> KINDS = List.of(
            Map.entry("state", "state/"), Map.entry("person", "person/"), Map.entry("article", "article/"),
            Map.entry("organization", "organization/"), Map.entry("rel", "relation/"),
            Map.entry("position", "position/"), Map.entry("event", "event/"), Map.entry("happening", "happening/"),
            Map.entry("partnership", "partnership/"),
            Map.entry("establishment", "establishment/"), Map.entry("target", "target/"),
            Map.entry("agreement", "agreement/"), Map.entry("level", "level/"), Map.entry("role", "role/"),
            Map.entry("sector", "sector/"), Map.entry("etype", "event-type/"), Map.entry("atype", "agreement-type/"),
            Map.entry("status", "status/"), Map.entry("indicator", "indicator/"));

    private Namespaces() {
    }

    /** The prefixes of diplokg's vocabularies and of its resources under {@code base}; locked. */
    public static PrefixMapping of(BaseIri base) {
        PrefixMapping prefixes = PrefixMapping.Factory.create()
                .setNsPrefixes(PrefixMapping.Standard)
                .setNsPrefix("dkg", Dkg.NS)
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("schema", SchemaDO.NS)
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("foaf", FOAF.getURI())
                .setNsPrefix("org", ORG.getURI())
                .setNsPrefix("prov", PROV)
                .setNsPrefix("sem", SEM)
                .setNsPrefix("void", VOID.getURI())
                .setNsPrefix("sd", SD)
                .setNsPrefix("sh", SHACL.getURI())
                .setNsPrefix("dkgsh", SHAPES)
                .setNsPrefix("text", TextQuery.NS)
                .setNsPrefix("id", base.id(""))
                .setNsPrefix("graph", base.graph(""));
        KINDS.forEach(kind -> prefixes.setNsPrefix(kind.getKey(), base.id(kind.getValue())));
        return prefixes.lock();
    }

    /**
     * {@code iri} as {@code prefix:rest} under the longest namespace of {@code prefixes} it extends, or empty when
     * none does.
     */
    public static Optional<String> shortForm(PrefixMapping prefixes, String iri) {
        return prefixOf(prefixes.getNsPrefixMap(), iri)
                .map(e -> e.getKey() + ":" + iri.substring(e.getValue().length()));
    }

    /** The prefix and namespace of {@code prefixes} that {@code iri} extends, the longest namespace when several. */
    static Optional<Map.Entry<String, String>> prefixOf(Map<String, String> prefixes, String iri) {
        return prefixes.entrySet().stream()
                .filter(e -> iri.startsWith(e.getValue()) && iri.length() > e.getValue().length())
                .max(Comparator.comparingInt(e -> e.getValue().length()));
    }
}
