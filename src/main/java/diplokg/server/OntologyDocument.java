package diplokg.server;

import diplokg.DiplokgException;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.SKOS;

/**
 * The ontology as served at {@code /ontology}: the files of {@code ontology/} that declare an {@code owl:Ontology}
 * or a {@code skos:ConceptScheme} (the ontology and its vocabularies; the states are resources, served under
 * {@code /id/state/}), merged, with concept IRIs moved under the configured base as the store has them. Read once;
 * the model must not be changed afterwards.
 *
 * @param model the merged terms, with the files' prefixes
 */
record OntologyDocument(Model model) {

    /** Reads the term-defining files of {@code folder}. */
    static OntologyDocument read(Path folder, BaseIri base) {
        Model merged = ModelFactory.createDefaultModel();
        for (Path file : files(folder)) {
            Model model;
            try {
                model = RDFDataMgr.loadModel(file.toString());
            } catch (RiotException e) {
                throw new DiplokgException(file + ": not valid Turtle: " + e.getMessage(), e);
            }
            if (model.contains(null, RDF.type, OWL.Ontology) || model.contains(null, RDF.type, SKOS.ConceptScheme)) {
                merged.setNsPrefixes(model.getNsPrefixMap());
                model.getGraph().find().forEachRemaining(t -> merged.getGraph().add(rebase(t, base)));
            }
        }
        if (merged.isEmpty()) {
            throw new DiplokgException(folder + ": no Turtle file declares an owl:Ontology or a skos:ConceptScheme");
        }
        return new OntologyDocument(merged);
    }

    /** The ontology resource. */
    Resource ontology() {
        return model.createResource(Dkg.ONTOLOGY);
    }

    /** The subjects typed {@code type} in the dkg namespace, by local name. */
    List<Resource> terms(Resource type) {
        return model.listSubjectsWithProperty(RDF.type, type).toList().stream()
                .filter(r -> r.isURIResource() && r.getURI().startsWith(Dkg.NS))
                .sorted(Comparator.comparing(Resource::getLocalName, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The concept schemes, by IRI. */
    List<Resource> schemes() {
        return sorted(model.listSubjectsWithProperty(RDF.type, SKOS.ConceptScheme).toList());
    }

    /** The concepts of {@code scheme}, by IRI. */
    List<Resource> concepts(Resource scheme) {
        return sorted(model.listSubjectsWithProperty(SKOS.inScheme, scheme).toList());
    }

    private static List<Resource> sorted(List<Resource> resources) {
        return resources.stream().filter(RDFNode::isURIResource).sorted(Comparator.comparing(Resource::getURI))
                .toList();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> f.toString().endsWith(".ttl")).sorted().toList();
        } catch (IOException e) {
            throw new DiplokgException(folder + ": cannot read the ontology folder: " + e.getMessage(), e);
        }
    }

    private static Triple rebase(Triple triple, BaseIri base) {
        return Triple.create(rebase(triple.getSubject(), base), triple.getPredicate(),
                rebase(triple.getObject(), base));
    }

    private static Node rebase(Node node, BaseIri base) {
        return node.isURI() ? NodeFactory.createURI(base.rebase(node.getURI())) : node;
    }
}
