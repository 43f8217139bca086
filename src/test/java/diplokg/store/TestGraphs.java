package diplokg.store;

import java.util.Iterator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.graph.GraphWrapper;
import org.apache.jena.util.iterator.ExtendedIterator;

/**
 * Small graphs for the store tests, and sources that fail partway, to show that a failed load leaves the store as
 * it was.
 */
final class TestGraphs {

    private TestGraphs() {
    }

    /** One triple {@code <http://example.org/s> <http://example.org/p> "object"} per object. */
    static Graph graph(String... objects) {
        Graph graph = GraphFactory.createDefaultGraph();
        for (String object : objects) {
            graph.add(Triple.create(NodeFactory.createURI("http://example.org/s"),
                    NodeFactory.createURI("http://example.org/p"), NodeFactory.createLiteralString(object)));
        }
        return graph;
    }

    /** A graph whose triples cannot be read: every {@code find()} throws. */
    static Graph brokenGraph() {
        return new GraphWrapper(graph("x")) {
            @Override
            public ExtendedIterator<Triple> find() {
                throw new IllegalStateException("broken graph");
            }
        };
    }

    /** A source that hands out {@code first}, then throws {@code failure} at every further {@code next()}. */
    static Iterator<NamedGraph> failingAfter(RuntimeException failure, NamedGraph... first) {
        List<NamedGraph> before = List.of(first);
        return new Iterator<>() {
            private int next;

            @Override
            public boolean hasNext() {
                return true;
            }

            @Override
            public NamedGraph next() {
                if (next < before.size()) {
                    return before.get(next++);
                }
                throw failure;
            }
        };
    }
}
