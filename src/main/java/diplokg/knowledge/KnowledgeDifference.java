package diplokg.knowledge;

import java.util.List;
import org.apache.jena.graph.Triple;

/**
 * How the stored knowledge graph differs from a derivation from scratch.
 *
 * @param expected   triples a derivation from scratch gives
 * @param stored     triples the store holds in the knowledge graph
 * @param missing    derived triples the store lacks
 * @param unexpected stored triples the derivation does not give
 */
public record KnowledgeDifference(long expected, long stored, List<Triple> missing, List<Triple> unexpected) {

    public KnowledgeDifference {
        missing = List.copyOf(missing);
        unexpected = List.copyOf(unexpected);
    }

    /** Whether the stored graph equals the derivation. */
    public boolean inStep() {
        return missing.isEmpty() && unexpected.isEmpty();
    }
}
