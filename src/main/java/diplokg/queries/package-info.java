/**
 * Saved queries: the {@code queries/*.rq} catalogue with grlc-style decorators, parameters bound as RDF terms (never
 * pasted into query text), execution against the local store or a remote SPARQL endpoint, and result formats.
 */
package diplokg.queries;
