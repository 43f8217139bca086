package diplokg.validate;

import diplokg.DiplokgException;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RiotException;
import org.apache.jena.shacl.ShaclException;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.vocabulary.SHACL;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;

/**
 * Validates graphs, or a whole store, against SHACL shapes with Jena's validator.
 *
 * <p>The data graph of a store is the union of its named graphs, read inside one read transaction: the shapes'
 * {@code sh:class} constraints need the reference graph (states, concepts) beside the article graphs, and facts
 * shared by several articles (a person, a position) are seen once with all their statements. Validation reads every
 * target node; its cost grows with the store, not with the shapes. Immutable and thread-safe.
 */
public final class StoreValidator {

    private static final Comparator<Finding> ORDER = Comparator.comparing(Finding::severity)
            .thenComparing(f -> f.focusNode().toString())
            .thenComparing(f -> f.optionalPath().map(Object::toString).orElse(""))
            .thenComparing(f -> f.optionalValue().map(Node::toString).orElse(""));

    private final Shapes shapes;

    private StoreValidator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** A validator for the shapes in {@code shapesGraph}. */
    public static StoreValidator of(Graph shapesGraph) {
        try {
            return new StoreValidator(Shapes.parse(shapesGraph));
        } catch (ShaclException e) {
            throw new DiplokgException("not valid SHACL shapes: " + e.getMessage(), e);
        }
    }

    /**
     * A validator for the shapes in the Turtle file {@code shapesFile} (the project's {@code ontology/shapes.ttl}),
     * with the IRIs written under the default base moved under {@code base}, as the reference data is.
     */
    public static StoreValidator load(Path shapesFile, BaseIri base) {
        if (!Files.isRegularFile(shapesFile)) {
            throw new DiplokgException(shapesFile + ": no such shapes file");
        }
        Graph read;
        try {
            read = RDFDataMgr.loadGraph(shapesFile.toString());
        } catch (RiotException e) {
            throw new DiplokgException(shapesFile + ": not valid Turtle: " + e.getMessage(), e);
        }
        Graph rebased = GraphFactory.createDefaultGraph();
        read.find().forEachRemaining(t -> rebased.add(Triple.create(rebase(t.getSubject(), base),
                t.getPredicate(), rebase(t.getObject(), base))));
        try {
            return of(rebased);
        } catch (DiplokgException e) {
            throw new DiplokgException(shapesFile + ": " + e.getMessage(), e);
        }
    }

    /** How many shapes this validator checks. */
    public int shapeCount() {
        return shapes.numShapes();
    }

    /** Validates {@code data}; the caller provides the transaction when the graph is a store's. */
    public Validation validate(Graph data) {
        long start = System.nanoTime();
        ValidationReport report = ShaclValidator.get().validate(shapes, data);
        List<Finding> findings = report.getEntries().stream().map(StoreValidator::finding).sorted(ORDER).toList();
        return new Validation(findings, shapes.numShapes(), Duration.ofNanos(System.nanoTime() - start));
    }

    /** Validates the union of the store's named graphs inside one read transaction. */
    public Validation validate(TdbStore store) {
        Objects.requireNonNull(store, "store");
        return Txn.calculateRead(store.dataset(), () -> validate(store.dataset().getUnionGraph()));
    }

    private static Finding finding(ReportEntry entry) {
        return new Finding(severity(entry.severity().level()), entry.focusNode(), entry.resultPath(), entry.value(),
                entry.message() == null ? "constraint " + entry.sourceConstraintComponent() + " failed"
                        : entry.message(), entry.source());
    }

    private static Severity severity(Node level) {
        if (SHACL.Warning.equals(level)) {
            return Severity.WARNING;
        }
        if (SHACL.Info.equals(level)) {
            return Severity.INFO;
        }
        return Severity.VIOLATION;
    }

    private static Node rebase(Node node, BaseIri base) {
        return node.isURI() ? NodeFactory.createURI(base.rebase(node.getURI())) : node;
    }
}
