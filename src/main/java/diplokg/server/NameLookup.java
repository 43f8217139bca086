package diplokg.server;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.vocab.Dkg;
import java.util.Collection;
import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.engine.binding.Binding;
import org.apache.jena.sparql.syntax.ElementData;
import org.apache.jena.sparql.syntax.ElementGroup;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Reads from the store what {@link ResourceNames} names the resources of a page by, in one query for all of them:
 * their labels, types, and for those without a label the parts a name is made of (an event's type, date and place, a
 * position's holder, role and state, with their labels, a sentence's text). So that a page shows names, not IRIs,
 * for what its description or its tables hold without labels (the subjects pointing to it, the facts of its
 * evidence, the values of a saved query's rows). The IRIs are bound as RDF terms, never pasted into query text.
 */
final class NameLookup {

    private static final Query TEMPLATE = QueryFactory.create("""
            PREFIX dkg:  <%s>
            PREFIX rdfs: <%s>
            PREFIX skos: <%s>
            CONSTRUCT { ?x ?lp ?l . ?x a ?type . ?x ?part ?value . ?value ?vlp ?vl . }
            WHERE {
              { VALUES ?lp { skos:prefLabel rdfs:label dkg:title dkg:name } ?x ?lp ?l }
              UNION
              { ?x a ?type }
              UNION
              { VALUES ?part { dkg:eventType dkg:date dkg:place dkg:holder dkg:role dkg:forState }
                ?x ?part ?value
                OPTIONAL { VALUES ?vlp { skos:prefLabel rdfs:label dkg:name } ?value ?vlp ?vl } }
              UNION
              { ?x a dkg:Sentence ; dkg:text ?value BIND(dkg:text AS ?part) }
            }""".formatted(Dkg.NS, RDFS.getURI(), SKOS.getURI()));

    private static final Var X = Var.alloc("x");

    private final QueryRunner runner;

    NameLookup(QueryRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** What names the resources {@code iris}; an empty model for none. */
    Model of(Collection<String> iris) {
        if (iris.isEmpty()) {
            return ModelFactory.createDefaultModel();
        }
        // The values first in the pattern, so that each part is looked up for these resources only.
        ElementData values = new ElementData();
        values.add(X);
        iris.stream().distinct().sorted()
                .forEach(iri -> values.add(Binding.builder().add(X, NodeFactory.createURI(iri)).build()));
        ElementGroup pattern = new ElementGroup();
        pattern.addElement(values);
        pattern.addElement(TEMPLATE.getQueryPattern());
        Query query = TEMPLATE.cloneQuery();
        query.setQueryPattern(pattern);
        return ((QueryResult.Triples) runner.run(query)).model();
    }
}
