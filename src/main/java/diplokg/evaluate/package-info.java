/**
 * Evaluation: the extraction contract's JSON for each article, built by SPARQL over the store (never from the
 * extractor's memory), and the contract's scoring (precision, recall, F1 per field) against gold files.
 */
package diplokg.evaluate;
