package diplokg.validate;

import diplokg.DiplokgException;
import diplokg.vocab.Namespaces;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;

/**
 * One shapes graph parsed three ways: all shapes; only the article shapes' targets; only the reference shapes'
 * targets. A shape is a reference shape when it is typed {@code dkgsh:ReferenceShape} (states, concepts).
 *
 * <p>Design decision: the store is validated one article graph at a time, each beside the reference graph (its
 * {@code sh:class} checks need the states and concepts). Were the reference shapes' targets kept there, every
 * article would validate the 195 states again; so article graphs get the shapes without them, and the reference
 * graph is validated once with the shapes that have only them.
 *
 * @param all       every shape with its targets
 * @param article   the shapes with the targets of the reference shapes removed
 * @param reference the shapes with the targets of every other shape removed
 */
record ScopedShapes(Shapes all, Shapes article, Shapes reference) {

    static final String NS = Namespaces.SHAPES;
    static final Node REFERENCE_SHAPE = NodeFactory.createURI(NS + "ReferenceShape");

    private static final Set<Node> TARGETS = Set.of(SHACL.targetClass, SHACL.targetNode, SHACL.targetSubjectsOf,
            SHACL.targetObjectsOf);

    /** Parses {@code shapes} three ways. */
    static ScopedShapes of(Graph shapes) {
        Set<Node> referenceShapes = shapes.find(Node.ANY, RDF.type.asNode(), REFERENCE_SHAPE)
                .mapWith(Triple::getSubject).toSet();
        return new ScopedShapes(parse(shapes),
                parse(without(shapes, t -> referenceShapes.contains(t.getSubject()))),
                parse(without(shapes, t -> !referenceShapes.contains(t.getSubject()))));
    }

    /** {@code shapes} without the target triples of the shapes that {@code drop} selects. */
    private static Graph without(Graph shapes, Predicate<Triple> drop) {
        Graph copy = GraphFactory.createDefaultGraph();
        shapes.find().forEachRemaining(t -> {
            if (!(TARGETS.contains(t.getPredicate()) && drop.test(t))) {
                copy.add(t);
            }
        });
        return copy;
    }

    private static Shapes parse(Graph shapes) {
        try {
            return Shapes.parse(shapes);
        } catch (ShaclException e) {
            throw new DiplokgException("not valid SHACL shapes: " + e.getMessage(), e);
        }
    }
}
