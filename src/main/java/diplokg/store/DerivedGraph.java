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
        public String rules() {
            return "";
        }

        @Override
        public void update(DatasetGraph dataset, Set<Node> changed) {
        }

        @Override
        public boolean rederive(DatasetGraph dataset) {
            return false;
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
     * Names the rules the graph is derived by. A store records the name beside the graph it derived, and derives the
     * graph again when opened by other rules ({@link TdbStore#deriving}): otherwise a store derived before a change of
     * the rules would keep answering by the old ones, its queries empty where the new rules add what they read. Give
     * it a new name whenever the same article graphs derive a different graph.
     */
    String rules();

    /**
     * Brings the derived graph in step after the named graphs {@code changed} were replaced, added or removed. Runs
     * inside the write transaction, after the changes.
     */
    void update(DatasetGraph dataset, Set<Node> changed);

    /**
     * One write transaction's view of the derived graph: told of each named graph before it first changes, so that
     * what the graph fed before can be taken back without being searched for, then brought in step once at the end.
     * A writer makes one per transaction and drops it when the transaction ends, whatever its outcome. By default it
     * only calls {@link #update} at the end.
     */
    default Write write() {
        return new Write() {
            @Override
            public void beforeChange(DatasetGraph dataset, Node graph) {
            }

            @Override
            public void update(DatasetGraph dataset, Set<Node> changed) {
                DerivedGraph.this.update(dataset, changed);
            }
        };
    }

    /**
     * Replaces the derived graph with a derivation from scratch; returns whether that changed it. Runs inside a write
     * transaction.
     */
    boolean rederive(DatasetGraph dataset);

    /** A derivation fed every graph of a bulk load into an empty store; what it derives is loaded with them. */
    BulkDerivation bulk();

    /** The derived graph within one write transaction ({@link #write()}). */
    interface Write {

        /** Called inside the transaction before {@code graph} first changes in it (once or more). */
        void beforeChange(DatasetGraph dataset, Node graph);

        /** {@link DerivedGraph#update}, knowing what was noted before the changes. */
        void update(DatasetGraph dataset, Set<Node> changed);
    }

    /** Sees the graphs of a bulk load one by one, then gives the graphs derived from them. */
    interface BulkDerivation {

        void add(NamedGraph graph);

        List<NamedGraph> derived();
    }
}
