package diplokg.store;

import java.util.List;
import java.util.Set;
import org.apache.jena.graph.Node;
import org.apache.jena.sparql.core.DatasetGraph;

/**
 * A graph derived from the article graphs and kept in step by every write of the store: {@link TdbStore} calls it
 * inside each write transaction, after the article graphs changed, so that readers never see one without the other.
 */
public interface DerivedGraph {

    /** Derives nothing. */
    DerivedGraph NONE = new DerivedGraph() {
        @Override
        public void update(DatasetGraph dataset, Set<Node> changed) {
        }

        @Override
        public BulkDerivation bulk() {
            return new BulkDerivation() {
                @Override
                public void add(NamedGraph graph) {
                }

                @Override
                public List<NamedGraph> derived() {
                    return List.of();
                }
            };
        }
    };

    /**
     * Brings the derived graph in step after the named graphs {@code changed} were replaced, added or removed. Runs
     * inside the write transaction, after the changes.
     */
    void update(DatasetGraph dataset, Set<Node> changed);

    /** A derivation fed every graph of a bulk load into an empty store; what it derives is loaded with them. */
    BulkDerivation bulk();

    /** Sees the graphs of a bulk load one by one, then gives the graphs derived from them. */
    interface BulkDerivation {

        void add(NamedGraph graph);

        List<NamedGraph> derived();
    }
}
