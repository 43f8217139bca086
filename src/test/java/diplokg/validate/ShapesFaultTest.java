package diplokg.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.ingest.ReferenceGraph;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.update.UpdateAction;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each case breaks the conforming fixture {@code rich.trig} in one way (a SPARQL update over the union graph) and
 * names the findings the shapes must give: severity, focus node and path, shortened.
 */
class ShapesFaultTest {

    private static final String PREFIXES = """
            PREFIX dkg: <https://w3id.org/diplokg/ontology#>
            PREFIX id: <https://w3id.org/diplokg/id/>
            """;
    private static final PrefixMapping SHORT = PrefixMapping.Factory.create()
            .setNsPrefix("dkg", Dkg.NS).setNsPrefix("id", BaseIri.DEFAULT.id("")).lock();

    private static StoreValidator validator;

    @BeforeAll
    static void loadShapes() {
        validator = StoreValidator.load(ProjectFiles.ONTOLOGY.resolve("shapes.ttl"), BaseIri.DEFAULT);
    }

    static Stream<Arguments> faults() {
        return Stream.of(
                Arguments.of("relation with a third partner, not a state",
                        "INSERT DATA { id:relation\\/JP-VN dkg:partner id:state\\/XX }",
                        Set.of("VIOLATION id:relation/JP-VN dkg:partner")),
                Arguments.of("status outside established|existing",
                        "DELETE WHERE { id:partnership\\/rich-0 dkg:status ?s } ;"
                                + "INSERT DATA { id:partnership\\/rich-0 dkg:status id:status\\/rumoured }",
                        Set.of("VIOLATION id:partnership/rich-0 dkg:status")),
                Arguments.of("level from the role scheme",
                        "DELETE WHERE { id:partnership\\/rich-0 dkg:level ?l } ;"
                                + "INSERT DATA { id:partnership\\/rich-0 dkg:level id:role\\/minister }",
                        Set.of("VIOLATION id:partnership/rich-0 dkg:level")),
                Arguments.of("position whose state is not said",
                        "DELETE { ?p dkg:forState ?s }"
                                + "WHERE { ?p dkg:holder id:person\\/fumio-kishida ; dkg:forState ?s }",
                        Set.of("WARNING id:position/fumio-kishida/head-of-government/JP dkg:forState")),
                Arguments.of("holder without a name",
                        "DELETE WHERE { id:person\\/fumio-kishida dkg:name ?n }",
                        Set.of("VIOLATION id:position/fumio-kishida/head-of-government/JP dkg:holder/dkg:name",
                                "VIOLATION id:person/fumio-kishida dkg:name")),
                Arguments.of("evidence from a sentence of another article",
                        "DELETE WHERE { id:article\\/rich\\/sentence\\/0 dkg:inArticle ?a } ;"
                                + "INSERT DATA { id:article\\/rich\\/sentence\\/0 dkg:inArticle id:article\\/other }",
                        Set.of("VIOLATION id:article/rich/sentence/0 dkg:inArticle",
                                "VIOLATION id:event/rich-1 dkg:evidence")),
                Arguments.of("event without a type",
                        "DELETE WHERE { id:event\\/rich-0 dkg:eventType ?t }",
                        Set.of("VIOLATION id:event/rich-0 dkg:eventType")),
                Arguments.of("fact without evidence",
                        "DELETE WHERE { id:target\\/rich-0 dkg:evidence ?s }",
                        Set.of("VIOLATION id:target/rich-0 dkg:evidence")),
                Arguments.of("target without a year, as the extraction contract allows (year null): no fault",
                        "DELETE WHERE { id:target\\/rich-0 dkg:targetYear ?y }",
                        Set.of()),
                Arguments.of("target with two years",
                        "INSERT DATA { id:target\\/rich-0 dkg:targetYear"
                                + " \"2035\"^^<http://www.w3.org/2001/XMLSchema#gYear> }",
                        Set.of("VIOLATION id:target/rich-0 dkg:targetYear")),
                Arguments.of("sentence without offsets",
                        "DELETE WHERE { id:article\\/rich\\/sentence\\/0 dkg:endOffset ?e }",
                        Set.of("VIOLATION id:article/rich/sentence/0 dkg:endOffset")),
                Arguments.of("page address as a plain string, not an xsd:anyURI",
                        "INSERT DATA { id:article\\/rich <https://schema.org/url> \"https://agence.example.org/a\" }",
                        Set.of("VIOLATION id:article/rich <https://schema.org/url>")),
                Arguments.of("two days of publication",
                        "INSERT DATA { id:article\\/rich <https://schema.org/datePublished>"
                                + " \"2024-11-02\"^^<http://www.w3.org/2001/XMLSchema#date>, "
                                + " \"2024-11-03\"^^<http://www.w3.org/2001/XMLSchema#date> }",
                        Set.of("VIOLATION id:article/rich <https://schema.org/datePublished>")),
                Arguments.of("capture time as a date, not an xsd:dateTime",
                        "INSERT DATA { id:article\\/rich dkg:capturedAt"
                                + " \"2024-11-02\"^^<http://www.w3.org/2001/XMLSchema#date> }",
                        Set.of("VIOLATION id:article/rich dkg:capturedAt")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("faults")
    void reportsTheFault(String name, String update, Set<String> expected) {
        Graph data = fixtureWithReference();
        UpdateAction.parseExecute(PREFIXES + update, data);
        Validation validation = validator.validate(data);
        Set<String> actual = new TreeSet<>();
        ValidationReportWriter writer = new ValidationReportWriter(SHORT);
        validation.findings().forEach(f -> actual.add(f.severity() + " " + writer.shorten(f.focusNode()) + " "
                + f.optionalPath().map(p -> p.toString(new Prologue(SHORT)))
                .orElse("-")));
        StringWriter report = new StringWriter();
        writer.write(validation, 0, new PrintWriter(report));
        assertEquals(new TreeSet<>(expected), actual, report.toString());
    }

    /** The fixture's article graph and the reference graph merged into one graph, as the store's union is. */
    private static Graph fixtureWithReference() {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(Path.of("src/test/resources/validate/rich.trig").toString());
        Graph union = GraphFactory.createDefaultGraph();
        fixture.find().forEachRemaining(quad -> union.add(quad.asTriple()));
        ReferenceGraph.of(ProjectFiles.ONTOLOGY, BaseIri.DEFAULT).graph().find().forEachRemaining(union::add);
        return union;
    }
}
