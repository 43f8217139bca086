package diplokg.vocab;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.ProjectFiles;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;

class DkgTest {

    @Test
    void everyConstantIsDeclaredInTheOntology() throws IllegalAccessException {
        Model ontology = RDFDataMgr.loadModel(ProjectFiles.ONTOLOGY.resolve("diplokg.ttl").toString());
        List<String> undeclared = new ArrayList<>();
        for (Field field : Dkg.class.getFields()) {
            if (Modifier.isStatic(field.getModifiers()) && Resource.class.isAssignableFrom(field.getType())) {
                Resource term = (Resource) field.get(null);
                boolean declared = ontology.contains(term, RDF.type, OWL.Class)
                        || ontology.contains(term, RDF.type, OWL.ObjectProperty)
                        || ontology.contains(term, RDF.type, OWL.DatatypeProperty)
                        || ontology.contains(term, RDF.type, OWL.AnnotationProperty);
                if (!declared) {
                    undeclared.add(term.getURI());
                }
            }
        }
        assertEquals(List.of(), undeclared);
    }

    @Test
    void mintsIrisUnderTheBaseAndRebasesReferenceData() {
        BaseIri base = new BaseIri("http://example.org/kg/");
        assertEquals("http://example.org/kg/id/state/VN", base.id("state/VN"));
        assertEquals("http://example.org/kg/graph/article/001", base.articleGraph("001"));
        assertEquals("http://example.org/kg/id/level/strategic-partnership",
                base.rebase("https://w3id.org/diplokg/id/level/strategic-partnership"));
        assertEquals(Dkg.NS + "State", base.rebase(Dkg.NS + "State"));
        assertEquals(Namespaces.SHAPES + "StateShape", base.rebase(Namespaces.SHAPES + "StateShape"));
    }

    @Test
    void rebasesTheSubjectsAndObjectsOfAGraph() {
        BaseIri base = new BaseIri("http://example.org/kg/");
        Graph graph = GraphFactory.createDefaultGraph();
        Node vn = NodeFactory.createURI(BaseIri.DEFAULT.id("state/VN"));
        graph.add(Triple.create(vn, Dkg.capital.asNode(), NodeFactory.createLiteralString("Hanoï")));
        graph.add(Triple.create(vn, RDF.type.asNode(), Dkg.State.asNode()));
        Graph expected = GraphFactory.createDefaultGraph();
        Node moved = NodeFactory.createURI("http://example.org/kg/id/state/VN");
        expected.add(Triple.create(moved, Dkg.capital.asNode(), NodeFactory.createLiteralString("Hanoï")));
        expected.add(Triple.create(moved, RDF.type.asNode(), Dkg.State.asNode()));
        assertTrue(expected.isIsomorphicWith(base.rebase(graph)));
    }
}
