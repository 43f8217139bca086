/**
 * The recognisers' vocabulary, read from the French labels of {@code ontology/} (states, partnership levels, roles,
 * sectors, event types, agreement types, statuses, indicators): one source of truth, so adding a
 * {@code skos:altLabel "..."@fr} to a concept teaches the extractor a new form. Uses the NLP stage's tokenizer so
 * that labels and text are cut the same way.
 */
package diplokg.lexicon;
