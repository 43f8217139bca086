package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Official;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;

/**
 * An official: a {@code dkg:Position} (role, state served) held by a person. A person known by several spellings
 * reads back with the greatest of its names, so that exports do not depend on the order of a store's indexes.
 */
final class OfficialMapping implements FactMapping<Official> {

    @Override
    public FactKind<Official> kind() {
        return Contract.OFFICIALS;
    }

    @Override
    public void write(Stated<Official> fact, int ordinal, ArticleGraph graph) {
        Official official = fact.fact();
        Resource person = graph.person(official.name());
        String slug = graph.personSlug(official.name());
        Resource position = graph.fact(graph.iris().position(slug, official.role(), official.state()),
                        Dkg.Position, fact)
                .addProperty(Dkg.holder, person)
                .addProperty(Dkg.role, graph.concept("role", official.role()));
        if (official.state() != null) {
            position.addProperty(Dkg.forState, graph.state(official.state()));
        }
        person.addProperty(Dkg.holds, position);
    }

    @Override
    public String select() {
        // The state and its code are read in one optional group: a position with no state must not join an
        // unbound ?s with every state of the reference graph (which gave officials of no state an arbitrary code).
        return "SELECT ?g ?item ?role ?code ?name { GRAPH ?g { ?item a dkg:Position ; dkg:holder ?p ; dkg:role ?r . "
                + "?p dkg:name ?name } ?r skos:notation ?role "
                + "OPTIONAL { GRAPH ?g { ?item dkg:forState ?s } ?s dkg:iso2 ?code } }";
    }

    @Override
    public Official read(List<QuerySolution> rows) {
        String name = rows.stream().map(r -> Rows.string(r, "name")).max(Comparator.naturalOrder()).orElseThrow();
        return new Official(name, Rows.string(rows.get(0), "role"), Rows.string(rows.get(0), "code"));
    }
}
