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
 * facts about it: sentence text and source article. Thread-safe.
 *
 * <p>The evidence of the resource itself is all of it; that of a subject pointing to it only what the graph holding
 * the link says, with the sentence in that graph too (an article's graph; the knowledge graph gathers the evidence of
 * a position from every article). An article's page so shows its own sentences about an organisation or an office
 * it names, not every sentence of every article naming them: those made an article's page grow with the store (467
 * triples for an article of 11 sentences on 1,000 articles, 23 now) and cost most of its time.
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
                OPTIONAL { VALUES ?olp { skos:prefLabel rdfs:label dkg:title dkg:name } ?o ?olp ?ol } }
              UNION
              { { SELECT ?s ?ip { ?s ?ip ?x } LIMIT %1$d }
                OPTIONAL { VALUES ?slp { skos:prefLabel rdfs:label dkg:title dkg:name } ?s ?slp ?sl } }
              UNION
              { { BIND(?x AS ?fact) ?fact dkg:evidence ?sentence
                  OPTIONAL { ?fact dkg:statedIn ?article OPTIONAL { ?article dkg:title ?title } } }
                UNION
                { { SELECT DISTINCT ?fact ?graph { GRAPH ?graph { ?fact ?fp ?x } } LIMIT %1$d }
                  GRAPH ?graph { ?fact dkg:evidence ?sentence . ?sentence a dkg:Sentence
                    OPTIONAL { ?fact dkg:statedIn ?article OPTIONAL { ?article dkg:title ?title } } } }
                OPTIONAL { ?sentence dkg:text ?text } }
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
