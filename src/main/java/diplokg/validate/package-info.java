/**
 * Validation of the store against the SHACL shapes of {@code ontology/shapes.ttl}: what an article graph, an
 * official, an event, a partnership statement and their evidence must contain. Reads the store (the union of its
 * named graphs) and the shapes; uses {@link diplokg.store} and {@link diplokg.vocab}, nothing after them.
 */
package diplokg.validate;
