/**
 * The HTTP server: embedded Fuseki configured from {@code fuseki-config.ttl} over the TDB2 store, plus diplokg's
 * own modules: the saved-query API with its OpenAPI description ({@link diplokg.server.SavedQueryModule}), and
 * linked data ({@link diplokg.server.LinkedDataModule}: {@code /id/...} resources, {@code /ontology}, VoID, the
 * SPARQL service description, the dump), the change feed {@code /kg/patches}, and replicas that follow another
 * server's feed ({@link diplokg.server.DiplokgServer#buildReplica}). Uses the saved queries and the vocabulary;
 * read-only for the public, with a read-write service only behind a login.
 */
package diplokg.server;
