package diplokg.ingest;

import diplokg.store.NamedGraph;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A graph first (the reference graph, or none), then every graph of the batches: what a load hands the store. A
 * batch is asked for only when the graphs of the one before have all been taken, so the store writes while the next
 * batches are being extracted.
 */
final class GraphStream implements Iterator<NamedGraph> {

    private NamedGraph first;
    private final Iterator<List<NamedGraph>> batches;
    private Iterator<NamedGraph> current = Collections.emptyIterator();

    GraphStream(NamedGraph first, Iterator<List<NamedGraph>> batches) {
        this.first = first;
        this.batches = batches;
    }

    @Override
    public boolean hasNext() {
        while (first == null && !current.hasNext() && batches.hasNext()) {
            current = batches.next().iterator();
        }
        return first != null || current.hasNext();
    }

    @Override
    public NamedGraph next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        if (first != null) {
            NamedGraph graph = first;
            first = null;
            return graph;
        }
        return current.next();
    }
}
