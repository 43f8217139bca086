package diplokg.ingest;

import diplokg.article.ContentHash;
import diplokg.store.NamedGraph;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import diplokg.DiplokgException;
import diplokg.lexicon.Lexicon;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.graph.GraphFactory;

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
        Model ontology = Lexicon.readOntology(folder);
        Graph graph = GraphFactory.createDefaultGraph();
        ontology.getGraph().find().forEachRemaining(t ->
                graph.add(Triple.create(rebase(t.getSubject(), base), t.getPredicate(), rebase(t.getObject(), base))));
        String hash = ContentHash.of(base.value() + filesText(folder));
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

    private static String filesText(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            StringBuilder text = new StringBuilder();
            for (Path file : files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList()) {
                text.append(file.getFileName()).append('\n').append(Files.readString(file));
            }
            return text.toString();
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot read the ontology folder: " + e.getMessage(), e);
        }
    }

    private static Node rebase(Node node, BaseIri base) {
        return node.isURI() ? NodeFactory.createURI(base.rebase(node.getURI())) : node;
    }
}
