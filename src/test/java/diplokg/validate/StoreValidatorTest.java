package diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import diplokg.FixtureStores;
import diplokg.ProjectFiles;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreValidatorTest {

    private static final Path FIXTURES = Path.of("src/test/resources/validate");
    private static final String ID = BaseIri.DEFAULT.id("");

    private static StoreValidator validator;

    @TempDir
    Path folder;

    @BeforeAll
    static void loadShapes() {
        validator = StoreValidator.load(ProjectFiles.ONTOLOGY.resolve("shapes.ttl"), BaseIri.DEFAULT);
    }

    private Validation validateStore() {
        try (TdbStore store = TdbStore.open(folder)) {
            return validator.validate(store);
        }
    }

    private static String describe(Validation validation) {
        StringWriter text = new StringWriter();
        new ValidationReportWriter(PrefixMapping.Standard).write(validation, 0, new PrintWriter(text));
        return text.toString();
    }

    @Test
    void articleGraphWithEveryKindOfFactConforms() {
        FixtureStores.load(folder, FIXTURES.resolve("rich.trig"));
        Validation validation = validateStore();
        assertEquals(List.of(), validation.findings(), describe(validation));
    }

    @Test
    void reportsEachFaultOnItsOwnFocusNode() {
        FixtureStores.load(folder, FIXTURES.resolve("broken.trig"));
        Validation validation = validateStore();
        Set<String> violations = new TreeSet<>();
        validation.findings().stream().filter(f -> f.severity() == Severity.VIOLATION)
                .forEach(f -> violations.add(f.focusNode().getURI().substring(ID.length()) + " "
                        + f.optionalPath().map(p -> p.toString()).orElse("-")));
        assertEquals(new TreeSet<>(List.of(
                "article/broken/sentence/1 <https://w3id.org/diplokg/ontology#startOffset>",
                "event/broken-0 <https://w3id.org/diplokg/ontology#date>",
                "partnership/broken-0 <https://w3id.org/diplokg/ontology#level>")), violations, describe(validation));
        assertTrue(!validation.hasNoViolations());
    }

    @Test
    void namesTheArticleGraphOfEachFinding() {
        FixtureStores.load(folder, FIXTURES.resolve("broken.trig"), FIXTURES.resolve("rich.trig"));
        Validation validation = validateStore();
        Set<String> graphs = new TreeSet<>();
        validation.findings().forEach(f -> graphs.add(f.graph().getURI()));
        assertEquals(Set.of(BaseIri.DEFAULT.articleGraph("broken")), graphs, describe(validation));
        assertEquals(3, validation.graphs(), "reference graph and two article graphs");
    }

    @Test
    void checksReferenceDataOnceOnTheReferenceGraph() {
        FixtureStores.load(folder, FIXTURES.resolve("rich.trig"));
        try (TdbStore store = TdbStore.open(folder)) {
            Node reference = NodeFactory.createURI(BaseIri.DEFAULT.referenceGraph());
            Node vietnam = NodeFactory.createURI(BaseIri.DEFAULT.id("state/VN"));
            Txn.executeWrite(store.dataset(), () -> store.dataset().delete(reference, vietnam, Dkg.iso3.asNode(),
                    NodeFactory.createLiteralString("VNM")));
            Validation validation = validator.validate(store);
            assertEquals(1, validation.findings().size(), describe(validation));
            Finding finding = validation.findings().get(0);
            assertEquals(List.of(reference, vietnam, "a state has exactly one dkg:iso3 code of three capital letters"),
                    List.of(finding.graph(), finding.focusNode(), finding.message()));
        }
    }

    @Test
    void reportsTheOffendingValueAndTheShapesMessage() {
        FixtureStores.load(folder, FIXTURES.resolve("broken.trig"));
        Finding date = validateStore().findings().stream()
                .filter(f -> f.focusNode().getURI().endsWith("/event/broken-0")).findFirst().orElseThrow();
        assertEquals("13 novembre", date.value().getLiteralLexicalForm());
        assertEquals("an event has at most one dkg:date, written YYYY-MM-DD, YYYY-MM, YYYY or --MM-DD",
                date.message());
    }
}
