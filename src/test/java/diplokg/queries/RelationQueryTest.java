package diplokg.queries;

import static org.junit.jupiter.api.Assertions.assertEquals;

import diplokg.ProjectFiles;
import diplokg.store.NamedGraph;
import diplokg.store.TdbStore;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The saved query {@code relation} lists the latest articles about the relation asked for, however many newer
 * articles the store holds about other relations.
 */
class RelationQueryTest {

    private static final String ID = "https://w3id.org/diplokg/id/";

    @TempDir
    Path folder;

    @Test
    void listsTheArticlesOfTheRelationAskedForNotTheLatestOfTheStore() {
        List<NamedGraph> graphs = new ArrayList<>();
        for (int month = 1; month <= 11; month++) {
            graphs.add(article("jp" + month, "JP-VN", "2025-%02d".formatted(month)));
        }
        graphs.add(article("fr", "FR-VN", "2020-01"));
        try (TdbStore store = TdbStore.open(folder)) {
            store.bulkLoad(graphs.iterator());
            QueryRunner runner = new QueryRunner(new QueryTarget.Local(store.dataset()), Duration.ofSeconds(30));
            SavedQuery relation = SavedQueryCatalog.load(ProjectFiles.QUERIES).get("relation");
            QueryResult.Rows rows = (QueryResult.Rows) runner.run(relation,
                    Map.of("state", ID + "state/VN", "partner", ID + "state/FR"));
            List<String> articles = new ArrayList<>();
            rows.rows().forEachRemaining((QuerySolution row) -> {
                if (row.getLiteral("section").getString().equals("article")) {
                    articles.add(row.getResource("link").getURI());
                }
            });
            assertEquals(List.of(ID + "article/fr"), articles);
        }
    }

    /** An article graph about one relation, as the mapping writes the parts the query reads. */
    private static NamedGraph article(String id, String pair, String month) {
        String[] states = pair.split("-");
        String turtle = """
                PREFIX dkg: <https://w3id.org/diplokg/ontology#>
                PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
                <%1$sarticle/%2$s> a dkg:Article ; dkg:title "Article %2$s" ;
                    dkg:publicationMonth "%3$s"^^xsd:gYearMonth ; dkg:about <%1$srelation/%4$s> .
                <%1$srelation/%4$s> a dkg:BilateralRelation ;
                    dkg:partner <%1$sstate/%5$s> , <%1$sstate/%6$s> .
                """.formatted(ID, id, month, pair, states[0], states[1]);
        return new NamedGraph("https://w3id.org/diplokg/graph/article/" + id,
                RDFParser.fromString(turtle, Lang.TURTLE).toGraph());
    }
}
