/**
 * The diplokg vocabulary as Java constants, and the base IRI from which resource and graph IRIs are minted.
 * A leaf package: used by the lexicon and every stage from RDF mapping on; a test checks each constant against
 * {@code ontology/diplokg.ttl}.
 */
package diplokg.vocab;
