package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Partnership;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.query.QuerySolution;

/** A partnership level stated for a pair: a {@code dkg:PartnershipStatement} with level and status concepts. */
final class PartnershipMapping implements FactMapping<Partnership> {

    @Override
    public FactKind<Partnership> kind() {
        return Contract.PARTNERSHIPS;
    }

    @Override
    public void write(Stated<Partnership> fact, int ordinal, ArticleGraph graph) {
        Partnership partnership = fact.fact();
        graph.fact(graph.iris().articleFact("partnership", graph.articleId(), ordinal), Dkg.PartnershipStatement, fact)
                .addProperty(Dkg.pair, graph.relation(partnership.pair()))
                .addProperty(Dkg.level, graph.concept("level", partnership.level()))
                .addProperty(Dkg.status, graph.concept("status", partnership.status()));
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?c1 ?c2 ?level ?status { GRAPH ?g { ?item a dkg:PartnershipStatement ; dkg:pair ?rel ; "
                + "dkg:level ?l ; dkg:status ?st . " + Rows.PAIR + "} " + Rows.CODES
                + "?l skos:notation ?level . ?st skos:notation ?status }";
    }

    @Override
    public Partnership read(List<QuerySolution> rows) {
        QuerySolution row = rows.get(0);
        return new Partnership(Rows.pair(row), Rows.string(row, "level"), Rows.string(row, "status"));
    }
}
