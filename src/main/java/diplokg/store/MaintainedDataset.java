package diplokg.store;

import java.util.HashSet;
import java.util.Iterator;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphWrapper;
import org.apache.jena.sparql.core.Quad;

/**
 * The store's dataset for writers that do not go through {@link TdbStore}'s write methods (Fuseki's SPARQL Update
 * and graph store protocol on {@code /kg-admin}): it notes the named graphs a write transaction touches and, at
 * commit, brings the derived graph in step inside that same transaction, as the store's own writes do.
 */
final class MaintainedDataset extends DatasetGraphWrapper {

    private final DerivedGraph derived;
    private final ThreadLocal<Set<Node>> touched = ThreadLocal.withInitial(HashSet::new);
    /** The derived graph's view of this thread's write transaction; made at its first change. */
    private final ThreadLocal<DerivedGraph.Write> write = new ThreadLocal<>();

    MaintainedDataset(DatasetGraph dataset, DerivedGraph derived) {
        super(dataset);
        this.derived = derived;
    }

    @Override
    public void add(Quad quad) {
        touch(quad.getGraph());
        super.add(quad);
    }

    @Override
    public void delete(Quad quad) {
        touch(quad.getGraph());
        super.delete(quad);
    }

    @Override
    public void add(Node g, Node s, Node p, Node o) {
        touch(g);
        super.add(g, s, p, o);
    }

    @Override
    public void delete(Node g, Node s, Node p, Node o) {
        touch(g);
        super.delete(g, s, p, o);
    }

    @Override
    public void deleteAny(Node g, Node s, Node p, Node o) {
        if (g == null || Node.ANY.equals(g)) {
            // Which graphs lose quads is known only by looking: note each before they go.
            Iterator<Quad> quads = find(Node.ANY, s, p, o);
            quads.forEachRemaining(q -> touch(q.getGraph()));
        } else {
            touch(g);
        }
        super.deleteAny(g, s, p, o);
    }

    @Override
    public void addGraph(Node graphName, Graph graph) {
        touch(graphName);
        super.addGraph(graphName, graph);
    }

    @Override
    public void removeGraph(Node graphName) {
        touch(graphName);
        super.removeGraph(graphName);
    }

    @Override
    public void clear() {
        listGraphNodes().forEachRemaining(this::touch);
        super.clear();
    }

    @Override
    public void commit() {
        Set<Node> changed = touched.get();
        if (!changed.isEmpty()) {
            write.get().update(get(), Set.copyOf(changed));
        }
        forget();
        super.commit();
    }

    @Override
    public void abort() {
        forget();
        super.abort();
    }

    @Override
    public void end() {
        forget();
        super.end();
    }

    private void forget() {
        touched.get().clear();
        write.remove();
    }

    /** Notes a graph about to change; the derived graph sees it before its first change in the transaction. */
    private void touch(Node graph) {
        if (graph != null && graph.isURI() && touched.get().add(graph)) {
            if (write.get() == null) {
                write.set(derived.write());
            }
            write.get().beforeChange(get(), graph);
        }
    }
}
