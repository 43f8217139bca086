/**
 * Recognition: finds in an annotated article the facts of the extraction contract (states, officials and roles,
 * partnership levels, sectors, events, dates, anniversaries, targets, organisations, agreements). Reads the NLP
 * stage's sentences and the lexicon; produces plain records, no RDF.
 */
package diplokg.recognize;
