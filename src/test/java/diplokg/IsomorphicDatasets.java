package diplokg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * Compares datasets graph by graph. Jena's {@code IsoMatcher} on whole datasets backtracks over every blank node
 * at once and does not finish on the reference graph (OWL restrictions, SHACL lists); graph isomorphism
 * ({@code Graph.isIsomorphicWith}) per named graph is fast and, as no blank node is shared between our graphs, as
 * strict.
 */
public final class IsomorphicDatasets {

    private IsomorphicDatasets() {
    }

    /** Fails unless both datasets have the same graph names and isomorphic graphs under each name. */
    public static void assertIsomorphic(DatasetGraph expected, DatasetGraph actual) {
        assertEquals(names(expected), names(actual), "graph names");
        assertTrue(expected.getDefaultGraph().isIsomorphicWith(actual.getDefaultGraph()), "default graph differs");
        expected.listGraphNodes().forEachRemaining(name -> assertTrue(
                expected.getGraph(name).isIsomorphicWith(actual.getGraph(name)), "graph " + name + " differs"));
    }

    private static Set<String> names(DatasetGraph dataset) {
        Set<String> names = new TreeSet<>();
        dataset.listGraphNodes().forEachRemaining((Node name) -> names.add(name.toString()));
        return names;
    }
}
