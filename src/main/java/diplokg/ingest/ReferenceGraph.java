package diplokg.ingest;

import diplokg.article.ContentHash;
import diplokg.store.NamedGraph;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import diplokg.vocab.OntologyFolder;
import java.nio.file.Path;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;

/**
 * The graph of reference data: the ontology, its vocabularies and the states, moved under the configured base and
 * stamped with a hash of their content so that a load rewrites them only when {@code ontology/} changed.
 */
public final class ReferenceGraph {

    private ReferenceGraph() {
    }

    /**
     * The reference graph of the Turtle files in {@code folder} under {@code base}. The hash is taken over the files'
     * text, not over the parsed graph, whose blank-node labels change at every parse.
     */
    public static NamedGraph of(Path folder, BaseIri base) {
        OntologyFolder ontology = new OntologyFolder(folder);
        Graph graph = base.rebase(ontology.model().getGraph());
        String hash = ContentHash.of(base.value() + ontology.text());
        Node self = NodeFactory.createURI(base.referenceGraph());
        graph.add(Triple.create(self, Dkg.contentHash.asNode(), NodeFactory.createLiteralString(hash)));
        return new NamedGraph(base.referenceGraph(), graph);
    }

    /** The content hash stamped in a reference graph. */
    public static String hashOf(NamedGraph reference) {
        Node self = NodeFactory.createURI(reference.iri());
        return reference.graph().find(self, Dkg.contentHash.asNode(), Node.ANY)
                .nextOptional()
                .map(t -> t.getObject().getLiteralLexicalForm())
                .orElse("");
    }
}
