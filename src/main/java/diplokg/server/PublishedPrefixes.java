package diplokg.server;

import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.graph.GraphWrapper;

/**
 * The served dataset with diplokg's prefix map as its prefixes, and its graphs with them too: what Fuseki declares
 * in a DESCRIBE or CONSTRUCT answer and in a graph-store GET ({@code /kg/get}), and what the pages' Turtle and
 * JSON-LD declare, is then the one prefix map of the tables ({@link diplokg.vocab.Namespaces}). The store's own
 * prefix table also holds the change log's version counter ({@link diplokg.store.PatchLog}), which no reader should
 * see declared; the store reads and writes it below this wrapper.
 *
 * <p>A writer that sets a prefix (an upload through {@code /kg-admin}) sets it on a copy that is dropped: the served
 * prefixes are diplokg's, not data.
 */
final class PublishedPrefixes extends DatasetGraphWrapper {

    private final PrefixMapping prefixes;

    PublishedPrefixes(DatasetGraph dataset, PrefixMapping prefixes) {
        super(dataset);
        this.prefixes = prefixes;
    }

    @Override
    public PrefixMap prefixes() {
        return PrefixMapFactory.create(prefixes);
    }

    // The graphs are the wrapped dataset's (the store's views, union default graph and all), declaring these
    // prefixes rather than the store's table: a graph's prefix mapping is otherwise its dataset's.

    @Override
    public Graph getDefaultGraph() {
        return published(super.getDefaultGraph());
    }

    @Override
    public Graph getGraph(Node graphNode) {
        return published(super.getGraph(graphNode));
    }

    @Override
    public Graph getUnionGraph() {
        return published(super.getUnionGraph());
    }

    private Graph published(Graph graph) {
        return new GraphWrapper(graph) {
            @Override
            public PrefixMapping getPrefixMapping() {
                return PrefixMapping.Factory.create().setNsPrefixes(prefixes);
            }
        };
    }
}
