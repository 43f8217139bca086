package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/** A state named: the article and the sentence point to it ({@code dkg:mentionsState}). */
final class StateMapping implements FactMapping<String> {

    @Override
    public FactKind<String> kind() {
        return Contract.STATES;
    }

    @Override
    public void write(Stated<String> fact, int ordinal, ArticleGraph graph) {
        Resource state = graph.state(fact.fact());
        graph.sentence(fact.sentence()).addProperty(Dkg.mentionsState, state);
        graph.article().addProperty(Dkg.mentionsState, state);
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?code { GRAPH ?g { ?a a dkg:Article ; dkg:mentionsState ?item } ?item dkg:iso2 ?code }";
    }

    @Override
    public String read(List<QuerySolution> rows) {
        return Rows.string(rows.get(0), "code");
    }
}
