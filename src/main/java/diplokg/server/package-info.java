/**
 * The HTTP server: embedded Fuseki configured from {@code fuseki-config.ttl} over the TDB2 store, plus diplokg's
 * own modules (saved-query API, linked-data pages, ontology). Uses the store and the saved queries.
 */
package diplokg.server;
