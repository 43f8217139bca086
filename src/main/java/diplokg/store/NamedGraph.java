package diplokg.store;

import java.util.Objects;
import org.apache.jena.graph.Graph;

/** A graph and the IRI it is stored under. */
public record NamedGraph(String iri, Graph graph) {

    public NamedGraph {
        Objects.requireNonNull(iri, "graph IRI");
        Objects.requireNonNull(graph, "graph");
    }
}
