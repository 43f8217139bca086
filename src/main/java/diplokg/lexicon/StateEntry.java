package diplokg.lexicon;

/**
 * A sovereign state as the lexicon knows it.
 *
 * @param code ISO 3166-1 alpha-2 code
 * @param iri  its IRI in the graph
 * @param name its French name
 */
public record StateEntry(String code, String iri, String name) {

    public StateEntry {
        if (code == null || !code.matches("[A-Z]{2}")) {
            throw new IllegalArgumentException("not an ISO 3166-1 alpha-2 code: " + code + " for " + iri);
        }
    }
}
