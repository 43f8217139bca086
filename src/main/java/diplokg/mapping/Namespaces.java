package diplokg.mapping;



/** The namespaces of the vocabularies the article graphs align to, besides diplokg's own. */
final class Namespaces {

    static final String SCHEMA = "https://schema.org/";
    static final String PROV = "http://www.w3.org/ns/prov#";
    static final String SEM = "http://semanticweb.cs.vu.nl/2009/11/sem/";
    static final String ORG = "http://www.w3.org/ns/org#";
    static final String FOAF = "http://xmlns.com/foaf/0.1/";

    private Namespaces() {
    }
}
