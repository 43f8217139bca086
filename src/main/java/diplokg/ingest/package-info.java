/**
 * The batch flow's composition root: article reading, NLP, recognition, RDF mapping and the store, with per-article
 * isolation (an article that fails is reported and left out before anything is written) and batched writes.
 */
package diplokg.ingest;
