package diplokg.server;

import diplokg.DiplokgException;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import diplokg.vocab.OntologyFolder;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
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
        for (Path file : new OntologyFolder(folder).files()) {
            Model model = OntologyFolder.read(file);
            if (model.contains(null, RDF.type, OWL.Ontology) || model.contains(null, RDF.type, SKOS.ConceptScheme)) {
                merged.setNsPrefixes(model.getNsPrefixMap());
                GraphUtil.addInto(merged.getGraph(), base.rebase(model.getGraph()));
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
}
