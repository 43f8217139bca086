package diplokg.server;

import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import org.apache.jena.shared.PrefixMapping;

/**
 * The prefixes of every graph the server writes. In Turtle they shorten IRIs; in JSON-LD they become the
 * {@code @context}, so that a JSON-LD consumer reads {@code dkg:partner} or {@code skos:prefLabel}.
 */
final class ServedPrefixes {

    private ServedPrefixes() {
    }

    /** The vocabularies diplokg uses, and its resources' namespaces under {@code base}. */
    static PrefixMapping of(BaseIri base) {
        return PrefixMapping.Factory.create()
                .setNsPrefix("dkg", Dkg.NS)
                .setNsPrefix("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")
                .setNsPrefix("rdfs", "http://www.w3.org/2000/01/rdf-schema#")
                .setNsPrefix("owl", "http://www.w3.org/2002/07/owl#")
                .setNsPrefix("xsd", "http://www.w3.org/2001/XMLSchema#")
                .setNsPrefix("skos", "http://www.w3.org/2004/02/skos/core#")
                .setNsPrefix("schema", "https://schema.org/")
                .setNsPrefix("prov", "http://www.w3.org/ns/prov#")
                .setNsPrefix("dcterms", "http://purl.org/dc/terms/")
                .setNsPrefix("foaf", "http://xmlns.com/foaf/0.1/")
                .setNsPrefix("org", "http://www.w3.org/ns/org#")
                .setNsPrefix("sem", "http://semanticweb.cs.vu.nl/2009/11/sem/")
                .setNsPrefix("void", DatasetDescription.VOID)
                .setNsPrefix("sd", ServiceDescription.NS)
                .setNsPrefix("state", base.id("state/"))
                .lock();
    }
}
