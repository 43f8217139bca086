/**
 * The TDB2 store on disk: one named graph per article, reference data in graphs of its own, write transactions that
 * replace whole graphs, bulk loading into an empty store, statistics and compaction, and the full-text index of
 * titles and sentences kept in step with every write (jena-text over Lucene, read as French), and the change log:
 * every committed write recorded as an RDF Patch ({@link diplokg.store.PatchLog}), which a replica plays back into
 * its own store ({@link diplokg.store.TdbStore#play}). Depends only on Jena
 * (and the Lucene it brings) and {@link diplokg.vocab}.
 */
package diplokg.store;
