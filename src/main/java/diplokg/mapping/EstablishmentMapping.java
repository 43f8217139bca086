package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.Establishment;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.query.QuerySolution;

/** The year a pair established diplomatic relations: a {@code dkg:RelationsEstablishment} with an xsd:gYear. */
final class EstablishmentMapping implements FactMapping<Establishment> {

    @Override
    public FactKind<Establishment> kind() {
        return Contract.RELATIONS_ESTABLISHED;
    }

    @Override
    public void write(Stated<Establishment> fact, int ordinal, ArticleGraph graph) {
        Establishment establishment = fact.fact();
        graph.fact(graph.iris().articleFact("establishment", graph.articleId(), ordinal), Dkg.RelationsEstablishment,
                        fact)
                .addProperty(Dkg.pair, graph.relation(establishment.pair()))
                .addProperty(Dkg.establishedYear, String.valueOf(establishment.year()), XSDDatatype.XSDgYear);
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?c1 ?c2 ?year { GRAPH ?g { ?item a dkg:RelationsEstablishment ; dkg:pair ?rel ; "
                + "dkg:establishedYear ?year . " + Rows.PAIR + "} " + Rows.CODES + "}";
    }

    @Override
    public Establishment read(List<QuerySolution> rows) {
        return new Establishment(Rows.pair(rows.get(0)), Integer.parseInt(Rows.string(rows.get(0), "year")));
    }
}
