package diplokg.store;

/** How many triples one named graph holds. */
public record GraphStats(String graph, long triples) {
}
