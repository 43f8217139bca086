package diplokg.mapping;

import diplokg.fact.Contract;
import diplokg.fact.FactKind;
import diplokg.fact.Organization;
import diplokg.fact.Stated;
import diplokg.vocab.Dkg;
import java.util.List;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.RDFS;

/**
 * An organisation: one resource per name first given (shared by every article that names it so), with each of its
 * names in this article; the article points to it ({@code dkg:mentionsOrganization}). Names read back sorted.
 */
final class OrganizationMapping implements FactMapping<Organization> {

    @Override
    public FactKind<Organization> kind() {
        return Contract.ORGANIZATIONS;
    }

    @Override
    public void write(Stated<Organization> fact, int ordinal, ArticleGraph graph) {
        List<String> names = fact.fact().names();
        Resource node = graph.fact(graph.iris().organization(names.get(0)), Dkg.Organization, fact)
                .addProperty(RDFS.label, names.get(0));
        names.forEach(name -> node.addProperty(Dkg.name, name));
        graph.article().addProperty(Dkg.mentionsOrganization, node);
    }

    @Override
    public String select() {
        return "SELECT ?g ?item ?name { GRAPH ?g { ?a a dkg:Article ; dkg:mentionsOrganization ?item . "
                + "?item dkg:name ?name } }";
    }

    @Override
    public Organization read(List<QuerySolution> rows) {
        return new Organization(rows.stream().map(r -> Rows.string(r, "name")).sorted().toList());
    }
}
