/**
 * French NLP: sentences, tokens and part-of-speech tags with character offsets into the original article text,
 * through Apache OpenNLP's French models. Reads {@link diplokg.article.Article}s; knows nothing of facts or RDF.
 */
package diplokg.nlp;
