package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.StatePair;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.query.QuerySolution;

/** A bilateral relation the article is about ({@code dkg:about}). */
final class PairMapping implements FactMapping<StatePair> {

    @Override
    public FactKind<StatePair> kind() {
        return Contract.PAIRS;
    }

    @Override
    public void write(Stated<StatePair> fact, int ordinal, ArticleGraph graph) {
        graph.article().addProperty(Dkg.about, graph.relation(fact.fact()));
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?c1 ?c2 { GRAPH ?g { ?a a dkg:Article ; dkg:about ?item . ?item dkg:partner ?s1 , ?s2 "
                + "FILTER(STR(?s1) < STR(?s2)) } " + Rows.CODES + "}";
    }

    @Override
    public StatePair read(List<QuerySolution> rows) {
        return Rows.pair(rows.get(0));
    }
}
