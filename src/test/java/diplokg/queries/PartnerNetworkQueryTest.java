package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved query {@code partner-network} tells apart the happenings a partner has with the state asked for
 * ({@code jointEvents}) from all those it is involved in ({@code events}), which include its meetings with a third
 * state: a column read as "events with Vietnam" must not count a meeting of France with China.
 */
class PartnerNetworkQueryTest {

    private static final String ID = "https://w3id.org/diplokg/id/";

    @TempDir
    Path folder;

    @Test
    void jointEventsCountOnlyTheHappeningsThatAlsoInvolveTheStateEventsCountThemAll() {
        String turtle = """
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                <%1$sarticle/a> a dkg:Article ; dkg:about <%1$srelation/FR-VN> , <%1$srelation/CN-FR> .
                <%1$srelation/FR-VN> a dkg:BilateralRelation ; dkg:partner <%1$sstate/FR> , <%1$sstate/VN> .
                <%1$srelation/CN-FR> a dkg:BilateralRelation ; dkg:partner <%1$sstate/CN> , <%1$sstate/FR> .
                <%1$shappening/h1> a dkg:Happening ; dkg:involvesState <%1$sstate/FR> , <%1$sstate/VN> .
                <%1$shappening/h2> a dkg:Happening ; dkg:involvesState <%1$sstate/FR> , <%1$sstate/CN> .
                <%1$shappening/h3> a dkg:Happening ; dkg:involvesState <%1$sstate/FR> , <%1$sstate/CN> .
                """.formatted(ID);
        NamedGraph graph = new NamedGraph("https://w3id.org/diplokg/graph/article/a",
                RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
        try (TdbStore store = TdbStore.open(folder)) {
            store.bulkLoad(List.of(graph).iterator());
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(30));
            SavedQuery network = SavedQueryCatalog.load(ProjectFiles.QUERIES).get("partner-network");
            assertEquals(Map.of(ID + "state/FR", "1 of 3"), counts(runner, network, ID + "state/VN"));
            assertEquals(Map.of(ID + "state/FR", "2 of 3"), counts(runner, network, ID + "state/CN"));
        }
    }

    /** Per partner of {@code state}: "jointEvents of events". */
    private static Map<String, String> counts(QueryRunner runner, SavedQuery network, String state) {
        Map<String, String> counts = new TreeMap<>();
        QueryResult.Rows rows = (QueryResult.Rows) runner.run(network, Map.of("state", state));
        rows.rows().forEachRemaining((QuerySolution row) -> counts.put(row.getResource("partner").getURI(),
                (row.contains("jointEvents") ? row.getLiteral("jointEvents").getInt() : "none") + " of "
                        + row.getLiteral("events").getInt()));
        return counts;
    }
}
