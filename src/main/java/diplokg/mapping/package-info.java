/**
 * RDF mapping: turns one article's recognised facts into the Jena graph of that article (its named graph), with
 * deterministic IRIs and evidence links for every fact. Reads the recognition stage; knows nothing of the store.
 */
package diplokg.mapping;
