package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.knowledge.KnowledgeLayer;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import diplokg.vocab.BaseIri;
import diplokg.vocab.Dkg;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSetRewindable;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Saved queries on a hand-written article ({@code src/test/resources/queries/delegations.trig}) for what the seeds
 * do not show: a delegation of two officials of one state, and a date without a year in a dated article.
 */
class SavedQueryFixtureTest {

    private static final Path FIXTURE = Path.of("src/test/resources/queries/delegations.trig");

    @TempDir
    Path folder;

    private List<String> run(String name, Map<String, String> parameters, String... columns) {
        return run(fixture(t -> true), name, parameters, columns);
    }

    /** The fixture's graphs, with the triples {@code keep} accepts. */
    private static List<NamedGraph> fixture(Predicate<Triple> keep) {
        DatasetGraph fixture = RDFDataMgr.loadDatasetGraph(FIXTURE.toString());
        List<NamedGraph> graphs = new ArrayList<>();
        fixture.listGraphNodes().forEachRemaining(node -> {
            var copy = GraphFactory.createDefaultGraph();
            fixture.getGraph(node).find().filterKeep(keep).forEachRemaining(copy::add);
            graphs.add(new NamedGraph(node.getURI(), copy));
        });
        return graphs;
    }

    private List<String> run(List<NamedGraph> graphs, String name, Map<String, String> parameters,
                             String... columns) {
        try (TdbStore store = TdbStore.open(folder).deriving(new KnowledgeLayer(BaseIri.DEFAULT))) {
            store.replaceGraphs(graphs);
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(30));
            SavedQuery query = SavedQueryCatalog.load(ProjectFiles.QUERIES).get(name);
            ResultSetRewindable rows = ((QueryResult.Rows) runner.run(query, parameters)).rows();
            List<String> lines = new ArrayList<>();
            while (rows.hasNext()) {
                QuerySolution row = rows.next();
                List<String> cells = new ArrayList<>();
                for (String column : columns) {
                    cells.add(row.contains(column) ? row.get(column).asLiteral().getLexicalForm() : "");
                }
                lines.add(String.join(" | ", cells));
            }
            return lines;
        }
    }

    @Test
    void whoMetWhomLeavesOutTheDelegationOfOneState() {
        assertEquals(List.of("Bui Thanh Son | VN | Iwaya Takeshi | JP", "Iwaya Takeshi | JP | Pham Minh Chinh | VN"),
                run("who-met-whom", Map.of(), "official1", "states1", "official2", "states2"));
    }

    @Test
    void whoMetWhomNamesParticipantsThatNoArticleMentions() {
        // As an update through /kg-admin may write the article: its event names the people, the article mentions none.
        List<NamedGraph> unmentioned = fixture(t -> !t.getPredicate().equals(Dkg.mentionsPerson.asNode()));
        assertEquals(List.of("Bui Thanh Son | VN | Iwaya Takeshi | JP", "Iwaya Takeshi | JP | Pham Minh Chinh | VN"),
                run(unmentioned, "who-met-whom", Map.of(), "official1", "states1", "official2", "states2"));
    }

    @Test
    void dateWithoutAYearTakesTheYearOfItsArticle() {
        List<String> october = run("events-between", Map.of("from", "2024-10", "to", "2024-10"), "when", "yearKnown");
        assertEquals(List.of("2024-10-31 | true"), october);
        assertEquals(List.of(), run("events-between", Map.of("from", "2025-10", "to", "2025-10"), "when"));
    }
}
