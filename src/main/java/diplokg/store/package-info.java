/**
 * The TDB2 store on disk: one named graph per article, reference data in graphs of its own, write transactions that
 * replace whole graphs, bulk loading into an empty store, statistics and compaction. Depends only on Jena and
 * {@link diplokg.vocab}.
 */
package diplokg.store;
