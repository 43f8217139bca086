package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** Every term of the ontology is documented in both languages, so that the /ontology page is complete. */
class OntologyTermsTest {

    private static final Model ONTOLOGY = RDFDataMgr.loadModel(ProjectFiles.ONTOLOGY.resolve("diplokg.ttl").toString());

    private static List<Resource> terms() {
        List<Resource> terms = new ArrayList<>();
        for (Resource type : List.of(OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty, OWL.AnnotationProperty)) {
            ONTOLOGY.listResourcesWithProperty(RDF.type, type)
                    .filterKeep(r -> r.isURIResource() && r.getURI().startsWith(Dkg.NS))
                    .forEachRemaining(terms::add);
        }
        return terms;
    }

    private static boolean has(Resource term, Property property, String language) {
        return term.listProperties(property).toList().stream()
                .anyMatch(s -> s.getObject().isLiteral() && language.equals(s.getLiteral().getLanguage()));
    }

    @Test
    void everyTermHasFrenchAndEnglishLabelsAndComments() {
        List<String> undocumented = new ArrayList<>();
        for (Resource term : terms()) {
            for (String language : List.of("fr", "en")) {
                if (!has(term, RDFS.label, language) || !has(term, RDFS.comment, language)) {
                    undocumented.add(term.getLocalName() + " @" + language);
                }
            }
        }
        assertEquals(List.of(), undocumented);
    }

    @Test
    void everyTermIsDefinedByTheOntology() {
        Resource ontology = ONTOLOGY.createResource(Dkg.ONTOLOGY);
        List<String> orphans = terms().stream().filter(t -> !t.hasProperty(RDFS.isDefinedBy, ontology))
                .map(Resource::getLocalName).toList();
        assertEquals(List.of(), orphans);
        assertTrue(terms().size() > 80, "terms: " + terms().size());
    }
}
