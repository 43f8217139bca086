package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/** A sector discussed: the article and the sentence point to its concept ({@code dkg:discussesSector}). */
final class SectorMapping implements FactMapping<String> {

    @Override
    public FactKind<String> kind() {
        return Contract.SECTORS;
    }

    @Override
    public void write(Stated<String> fact, int ordinal, ArticleGraph graph) {
        Resource sector = graph.concept("sector", fact.fact());
        graph.article().addProperty(Dkg.discussesSector, sector);
        graph.sentence(fact.sentence()).addProperty(Dkg.discussesSector, sector);
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?id { GRAPH ?g { ?a a dkg:Article ; dkg:discussesSector ?item } "
                + "?item skos:notation ?id }";
    }

    @Override
    public String read(List<QuerySolution> rows) {
        return Rows.string(rows.get(0), "id");
    }
}
