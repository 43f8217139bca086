package diplokg.bench;

import diplokg.store.NamedGraph;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.NoSuchElementException;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.riot.system.AsyncParser;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.sparql.graph.GraphFactory;

/** The named graphs of an N-Quads file whose quads come graph by graph, read one graph at a time. */
final class NQuadGraphs implements Iterator<NamedGraph> {

    private final Iterator<Quad> quads;
    private Quad pending;

    private NQuadGraphs(Iterator<Quad> quads) {
        this.quads = quads;
        this.pending = quads.hasNext() ? quads.next() : null;
    }

    static Iterator<NamedGraph> read(Path file) {
        return new NQuadGraphs(AsyncParser.asyncParseQuads(file.toString()));
    }

    @Override
    public boolean hasNext() {
        return pending != null;
    }

    @Override
    public NamedGraph next() {
        if (pending == null) {
            throw new NoSuchElementException();
        }
        Node name = pending.getGraph();
        Graph graph = GraphFactory.createGraphMem();
        while (pending != null && pending.getGraph().equals(name)) {
            graph.add(pending.asTriple());
            pending = quads.hasNext() ? quads.next() : null;
        }
        return new NamedGraph(name.getURI(), graph);
    }
}
