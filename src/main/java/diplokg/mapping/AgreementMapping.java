package diplokg.mapping;

import diplokg.fact.Agreement;
import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/** A document adopted, signed or referred to: a {@code dkg:Agreement} of a type, and of a pair when bilateral. */
final class AgreementMapping implements FactMapping<Agreement> {

    @Override
    public FactKind<Agreement> kind() {
        return Contract.AGREEMENTS;
    }

    @Override
    public void write(Stated<Agreement> fact, int ordinal, ArticleGraph graph) {
        Agreement agreement = fact.fact();
        Resource node = graph.fact(graph.iris().articleFact("agreement", graph.articleId(), ordinal), Dkg.Agreement,
                        fact)
                .addProperty(Dkg.agreementType, graph.concept("agreement-type", agreement.type()));
        if (agreement.pair() != null) {
            node.addProperty(Dkg.pair, graph.relation(agreement.pair()));
        }
    }

    @Override
    public String select() {
        // The codes are read inside the optional part: outside it, a multilateral agreement's unbound states would
        // match every state of the reference data.
        return "SELECT ?g ?item ?type ?c1 ?c2 { GRAPH ?g { ?item a dkg:Agreement ; dkg:agreementType ?t } "
                + "?t skos:notation ?type "
                + "OPTIONAL { GRAPH ?g { ?item dkg:pair ?rel . " + Rows.PAIR + "} " + Rows.CODES + "} }";
    }

    @Override
    public Agreement read(List<QuerySolution> rows) {
        QuerySolution row = rows.get(0);
        return new Agreement(Rows.string(row, "type"), row.contains("c1") ? Rows.pair(row) : null);
    }
}
