package diplokg.server;

import diplokg.queries.QueryResult;
import diplokg.queries.QueryRunner;
import diplokg.vocab.Dkg;
import java.util.Map;
import java.util.Objects;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Var;
import org.apache.jena.sparql.syntax.syntaxtransform.QueryTransformOps;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;

/**
 * Describes one resource from the union of the store's graphs: its triples as subject, the labels of what they point
 * to, at most {@value #INCOMING_LIMIT} triples that point to it, with their subjects' labels, and the evidence of the
 * facts about it (the resource itself or a subject pointing to it): sentence text and source article. Thread-safe.
 *
 * <p>The IRI is substituted into the parsed query as an RDF term, never pasted into query text.
 */
final class ResourceDescriber {

    /** At most this many incoming links (and as many facts with evidence) are described. */
    static final int INCOMING_LIMIT = 200;

    private static final Query TEMPLATE = QueryFactory.create("""
            PREFIX dkg:  <%2$s>
            PREFIX rdfs: <%3$s>
            PREFIX skos: <%4$s>
            CONSTRUCT {
              ?x ?p ?o . ?o ?olp ?ol .
              ?s ?ip ?x . ?s ?slp ?sl .
              ?fact dkg:evidence ?sentence . ?sentence dkg:text ?text .
              ?fact dkg:statedIn ?article . ?article dkg:title ?title .
            } WHERE {
              { ?x ?p ?o
                OPTIONAL { ?o ?olp ?ol FILTER(?olp IN (skos:prefLabel, rdfs:label, dkg:title, dkg:name)) } }
              UNION
              { { SELECT ?s ?ip { ?s ?ip ?x } LIMIT %1$d }
                OPTIONAL { ?s ?slp ?sl FILTER(?slp IN (skos:prefLabel, rdfs:label, dkg:title, dkg:name)) } }
              UNION
              { { BIND(?x AS ?fact) } UNION { SELECT DISTINCT ?fact { ?fact ?fp ?x } LIMIT %1$d }
                ?fact dkg:evidence ?sentence .
                OPTIONAL { ?sentence dkg:text ?text }
                OPTIONAL { ?fact dkg:statedIn ?article OPTIONAL { ?article dkg:title ?title } } }
            }""".formatted(INCOMING_LIMIT, Dkg.NS, RDFS.getURI(), SKOS.getURI()));

    private final QueryRunner runner;

    ResourceDescriber(QueryRunner runner) {
        this.runner = Objects.requireNonNull(runner, "runner");
    }

    /** The description of {@code iri}; empty when the store says nothing about it. */
    Model describe(String iri) {
        Query query = QueryTransformOps.transform(TEMPLATE, Map.of(Var.alloc("x"), NodeFactory.createURI(iri)));
        return ((QueryResult.Triples) runner.run(query)).model();
    }
}
