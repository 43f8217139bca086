package diplokg.lexicon;

/**
 * A concept of one of the controlled vocabularies.
 *
 * @param id    its notation, exactly as in the extraction contract ({@code strategic-partnership})
 * @param iri   its IRI in the graph
 * @param label its French preferred label
 * @param rank  its rank where the scheme is ordered (partnership levels: 1 is highest), otherwise 0
 */
public record Concept(String id, String iri, String label, int rank) {

    public Concept {
        if (id == null || id.isBlank() || iri == null || iri.isBlank()) {
            throw new IllegalArgumentException("concept needs an id and an IRI, got " + id + " / " + iri);
        }
    }
}
